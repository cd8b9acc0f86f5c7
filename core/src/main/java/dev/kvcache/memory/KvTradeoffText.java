package dev.kvcache.memory;

import dev.kvcache.sim.Eviction;
import dev.kvcache.units.Quantities;

/**
 * The formula panel's sentences on KV eviction and KIVI-style quantization: what each keeps, the
 * memory it saves, and a plain warning that it trades accuracy, with the figure its paper reports.
 */
final class KvTradeoffText {
    private KvTradeoffText() {
    }

    /**
     * Appends the sentences for {@code f}'s scenario; nothing when neither technique is on. In the
     * {@link FormulaForm#COUNTING} form each warning keeps its first sentence and leaves out what the
     * papers report.
     */
    static void append(ScenarioFigures f, StringBuilder b, FormulaForm form) {
        boolean reports = form == FormulaForm.WHOLE;
        Scenario s = f.scenario;
        KvSavings saved = f.kvSavings;
        Eviction eviction = s.settings.eviction();
        if (eviction.kind() == Eviction.Kind.WINDOW) {
            b.append("StreamingLLM eviction (arXiv 2309.17453) keeps ").append(Eviction.SINK_TOKENS)
                    .append(" attention sinks + the last ").append(Quantities.tokens(eviction.tokens()));
            keptAndSaved(s, eviction, saved, b);
            b.append(reports ? "Warning: it trades accuracy. The paper reports stable perplexity up to 4 million tokens,"
                    + " but evicted tokens are gone: the model cannot recall them. "
                    : "Warning: it trades accuracy: evicted tokens are gone. ");
        } else if (eviction.kind() == Eviction.Kind.BUDGET) {
            b.append("A SnapKV/H2O budget (arXiv 2404.14469, 2306.14048) keeps ")
                    .append(Quantities.tokens(eviction.tokens())).append(" chosen by attention");
            keptAndSaved(s, eviction, saved, b);
            b.append(reports ? "Warning: it trades accuracy. H2O reports full-cache accuracy keeping 20% of the"
                    + " cache, SnapKV comparable scores on 16 LongBench datasets; what it drops is lost. "
                    : "Warning: it trades accuracy: what it drops is lost. ");
        }
        if (saved.unquantizedFormat != null) {
            b.append(s.kv.displayName()).append(" (KIVI, arXiv 2402.02750) saves ")
                    .append(Quantities.bytes(saved.quantizationSavedBytes)).append(" against ")
                    .append(saved.unquantizedFormat.displayName()).append(reports ? ". Warning: it trades accuracy; "
                            + "KIVI reports almost the same quality at 2 bits on Llama-2, Falcon and Mistral. "
                            : ". Warning: it trades accuracy. ");
        }
    }

    private static void keptAndSaved(Scenario s, Eviction eviction, KvSavings saved, StringBuilder b) {
        if (s.context <= eviction.keptTokens()) {
            // The bound is not reached: say nothing is evicted rather than claim a saving of 0 B.
            b.append(" per sequence; a context of ").append(Quantities.tokens(s.context))
                    .append(" fits within it, so nothing is evicted. ");
            return;
        }
        b.append(": ").append(Quantities.tokens(saved.keptTokensPerSequence))
                .append(" per sequence, the cache stops growing there, saving ")
                .append(Quantities.bytes(saved.evictionSavedBytes)).append(". ");
    }
}
