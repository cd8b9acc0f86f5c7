/**
 * Reads a Hugging Face {@code config.json} into a model record, taking for every absent or null field
 * the default transformers derives for that {@code model_type}, and refusing by name the architectures
 * the memory engine does not model (Mamba layers, encoder-decoders, RWKV).
 *
 * <p>Above the catalog only; the JSON tree comes from the caller (Jackson on the desktop).
 */
package dev.kvcache.catalog.hf;
