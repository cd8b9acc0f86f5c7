package dev.kvcache.sim;

/** How the KV pool hands memory to sequences: one region for the maximum length, or 16-token pages. */
public enum PagingMode {
    /** Each sequence reserves a contiguous region for the maximum length when admitted. */
    CONTIGUOUS,
    /** vLLM's PagedAttention (SOSP'23): blocks of 16 tokens taken one run at a time as it grows. */
    PAGED
}
