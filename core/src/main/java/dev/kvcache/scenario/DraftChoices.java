package dev.kvcache.scenario;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import java.util.ArrayList;
import java.util.List;

/**
 * The drafts the speculative-decoding control cycles through for a model: none, the model's own
 * MTP heads where it has them (DeepSeek-V3), and the smallest catalog model that could draft for
 * it. A draft model must share the target's tokenizer: vLLM's speculative decoding worker asserts
 * that draft and target have the same vocabulary size (vllm/spec_decode/spec_decode_worker.py,
 * {@code _vocab_size}), so a candidate has the same {@code vocab_size}, comes from the same
 * publisher (its Hugging Face organisation: same vocabulary size across publishers is chance, not
 * a shared tokenizer) and has at most half the target's parameters (a draft as large as the
 * target saves nothing).
 */
public final class DraftChoices {
    private DraftChoices() {
    }

    /** The smallest catalog model that can draft for {@code target}; null when none can. */
    public static ModelSpec draftModelFor(Catalog catalog, ModelSpec target) {
        ModelSpec best = null;
        for (ModelSpec m : catalog.models().all()) {
            if (m != target && m.vocab() > 0 && m.vocab() == target.vocab()
                    && publisher(m).equals(publisher(target)) && !publisher(m).isEmpty()
                    && 2 * m.publishedTotalParams() <= target.publishedTotalParams()
                    && (best == null || m.publishedTotalParams() < best.publishedTotalParams())) {
                best = m;
            }
        }
        return best;
    }

    /** The control's cycle for {@code target}: {@code none}, then {@code mtp} if it has MTP heads, then a draft model's id if one exists. */
    public static List<String> of(Catalog catalog, ModelSpec target) {
        List<String> choices = new ArrayList<String>();
        choices.add(Speculation.NONE);
        if (target.mtpParams() > 0) {
            choices.add(Speculation.MTP);
        }
        ModelSpec draft = draftModelFor(catalog, target);
        if (draft != null) {
            choices.add(draft.id());
        }
        return choices;
    }

    /**
     * {@code s} with the next draft of its model's cycle, keeping draftK and acceptance; a draft
     * outside the cycle (set by a link) moves back to none. Unchanged when the model has no draft.
     */
    public static SimSettings next(Catalog catalog, SimSettings s) {
        ModelSpec target = catalog.models().find(s.modelId());
        if (target == null) {
            return s;
        }
        List<String> choices = of(catalog, target);
        int at = choices.indexOf(s.speculation().draft());
        String next = at < 0 ? Speculation.NONE : choices.get((at + 1) % choices.size());
        return s.toBuilder().speculation(s.speculation().withDraft(next)).build();
    }

    /** What the control and the info panel call the draft: "none", "MTP heads", or the draft model's name. */
    public static String label(Catalog catalog, Speculation s) {
        if (!s.isOn()) {
            return Speculation.NONE;
        }
        if (s.isMtp()) {
            return "MTP heads";
        }
        ModelSpec draft = catalog.models().find(s.draft());
        return draft == null ? s.draft() : draft.name();
    }

    private static String publisher(ModelSpec m) {
        String repo = m.source();
        int slash = repo.indexOf('/');
        return slash < 0 ? "" : repo.substring(0, slash).toLowerCase();
    }
}
