package dev.kvcache.scenario;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import java.util.Map;

/**
 * Speculative decoding's three named values, {@code draft} (none | mtp | a catalog model id),
 * {@code draftK} and {@code acceptance}, read into {@link Speculation} and written back into a link.
 * A bad value keeps the previous one with a notice naming the field; {@code mtp} is refused for a
 * model without MTP heads.
 */
final class SpeculativeParams {
    static final String DRAFT = "draft";
    static final String DRAFT_K = "draftK";
    static final String ACCEPTANCE = "acceptance";

    private SpeculativeParams() {
    }

    /** True for the names this class reads. */
    static boolean owns(String name) {
        return DRAFT.equals(name) || DRAFT_K.equals(name) || ACCEPTANCE.equals(name);
    }

    /** Applies one named value to {@code b}; model and precisions are already applied. */
    static void apply(String name, String value, Catalog catalog, SimSettings.Builder b, ParamNotices notices) {
        Speculation now = b.build().speculation();
        if (DRAFT.equals(name)) {
            String word = value.trim().toLowerCase();
            if (Speculation.NONE.equals(word) || "0".equals(word) || "off".equals(word)) {
                b.speculation(now.withDraft(Speculation.NONE));
            } else if (Speculation.MTP.equals(word)) {
                ModelSpec target = catalog.models().find(b.build().modelId());
                if (target == null || target.mtpParams() <= 0) {
                    notices.refused(name, value, "mtp needs a model with MTP heads, such as deepseek-v3");
                    return;
                }
                b.speculation(now.withDraft(Speculation.MTP));
            } else {
                ModelSpec draft = catalog.models().find(value);
                if (draft == null) {
                    notices.unknownEntry("model", name, value);
                    return;
                }
                b.speculation(now.withDraft(draft.id()));
            }
        } else if (DRAFT_K.equals(name)) {
            Long k = ParamValues.tokens(value);
            if (k == null) {
                notices.notUnderstood(name, value);
                return;
            }
            // Throws past 1..16 with the field's name: the caller keeps the previous value and says so.
            b.speculation(now.withK((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, k))));
        } else if (ACCEPTANCE.equals(name)) {
            Double a = ParamValues.decimal(value);
            if (a == null) {
                notices.notUnderstood(name, value);
                return;
            }
            b.speculation(now.withAcceptance(a));
        }
    }

    /**
     * A model switched under an MTP draft to one without MTP heads ends the speculation (said so),
     * so no scenario ever drafts with heads its model lacks.
     */
    static void checkModel(Catalog catalog, SimSettings.Builder b, ParamNotices notices) {
        SimSettings s = b.build();
        ModelSpec target = catalog.models().find(s.modelId());
        if (s.speculation().isMtp() && (target == null || target.mtpParams() <= 0)) {
            b.speculation(s.speculation().withDraft(Speculation.NONE));
            notices.refused(DRAFT, Speculation.MTP, "mtp needs a model with MTP heads, such as deepseek-v3");
        }
    }

    /** Writes the three values into a link, only when a draft is set (links without one stay as they were). */
    static void format(Speculation s, Map<String, String> link) {
        if (!s.isOn()) {
            return;
        }
        link.put(DRAFT, s.draft());
        link.put(DRAFT_K, Integer.toString(s.draftK()));
        link.put(ACCEPTANCE, Double.toString(s.acceptance()));
    }
}
