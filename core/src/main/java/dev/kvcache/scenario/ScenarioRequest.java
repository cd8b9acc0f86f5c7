package dev.kvcache.scenario;

import dev.kvcache.sim.SimSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a link, the options or a console line asked for: settings, a token jump, play state, and notices. */
public final class ScenarioRequest {
    /** {@link #tokens()} when no token count was asked for. */
    public static final long NO_TOKENS = -1L;

    private final SimSettings settings;
    private final long tokens;
    private final Boolean paused;
    private final List<String> notices;
    private final List<String> refusals;

    ScenarioRequest(SimSettings settings, long tokens, Boolean paused, List<String> notices, List<String> refusals) {
        this.settings = settings;
        this.tokens = tokens;
        this.paused = paused;
        this.notices = Collections.unmodifiableList(new ArrayList<String>(notices));
        this.refusals = Collections.unmodifiableList(new ArrayList<String>(refusals));
    }

    public SimSettings settings() {
        return settings;
    }

    /** Tokens every running sequence should jump to, or {@link #NO_TOKENS}. */
    public long tokens() {
        return tokens;
    }

    public boolean asksForTokens() {
        return tokens != NO_TOKENS;
    }

    /** True or false when the request says whether to pause; null when it does not. */
    public Boolean paused() {
        return paused;
    }

    /** One line per ignored, corrected or clamped value, naming what was changed. */
    public List<String> notices() {
        return notices;
    }

    /**
     * The same problems as the command line words them, with the option's dashes and nothing kept
     * ({@code --batch '12abc' is not understood}): where a bad value is an error, not a correction.
     */
    public List<String> refusals() {
        return refusals;
    }
}
