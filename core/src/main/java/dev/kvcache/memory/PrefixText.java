package dev.kvcache.memory;

import dev.kvcache.sim.BlockSize;
import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.Saturating;

/**
 * The formula panel's sentences on prefix caching: what the chosen workload shares, how its full
 * 16-token blocks are held once with a count of their users and cached after them, and why nothing
 * is shared when paging is off or an eviction bound is on.
 */
final class PrefixText {
    private static final String NAME = "Prefix caching (vLLM's automatic prefix caching; SGLang RadixAttention, "
            + "arXiv 2312.07104)";

    private PrefixText() {
    }

    /** Appends the sentences for {@code f}'s scenario; nothing without a prefix workload. */
    static void append(ScenarioFigures f, StringBuilder b) {
        Scenario s = f.scenario;
        PrefixWorkload w = s.settings.prefix();
        if (w == PrefixWorkload.NONE) {
            return;
        }
        if (s.paging != PagingMode.PAGED) {
            b.append(NAME).append(" shares 16-token pages: with paging off, nothing is shared. ");
            return;
        }
        if (s.settings.eviction() != Eviction.NONE) {
            b.append(NAME).append(" is off while eviction drops tokens: a shared prefix would lose its blocks. ");
            return;
        }
        b.append(NAME).append(": ");
        if (w == PrefixWorkload.AGENT) {
            Quantities.grouped(b.append("each agent's call sends its whole history, growing by about a fiftieth "
                    + "of the context a call for "), PrefixWorkload.AGENT_CALLS_PER_TASK)
                    .append(" calls a task at ");
            Quantities.grouped(b, PrefixWorkload.AGENT_INPUT_PER_OUTPUT).append(" input tokens per output token "
                    + "(Manus); its full 16-token blocks stay cached for the agent's next call, which prefills only "
                    + "the new part. ");
        } else {
            long blocks = w.prefixTokens() / BlockSize.TOKENS_PER_BLOCK;
            long bytes = Saturating.multiply(Saturating.multiply(blocks, BlockSize.TOKENS_PER_BLOCK),
                    f.kvWhole.growingBytesPerToken());
            if (w.documents() == 1) {
                b.append("every prompt opens with one system prompt of ").append(Quantities.tokens(w.prefixTokens()))
                        .append(" (at most half the request). Its ");
            } else {
                Quantities.grouped(b.append("each prompt opens with one of "), w.documents()).append(" documents of ")
                        .append(Quantities.tokens(w.prefixTokens())).append(" (at most half the request). Each one's ");
            }
            Quantities.grouped(b, blocks).append(" full 16-token blocks (").append(Quantities.bytes(bytes))
                    .append(") are held once, with a count of the sequences using them; a request finding them "
                            + "cached skips their prefill, so its first token comes sooner. ");
        }
        b.append("Freed, cached blocks stay (evictable) until the pool needs room, least recently used first. ");
    }
}
