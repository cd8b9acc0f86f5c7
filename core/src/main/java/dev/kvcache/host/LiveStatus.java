package dev.kvcache.host;

import dev.kvcache.memory.ScenarioFigures;

/**
 * Keeps screen readers told what the scene shows: the {@link ScenarioSentence} goes to the
 * platform's live region when the scenario or its verdict changes. The host makes new figures on
 * every such change, so a frame that changed nothing costs one comparison and builds no text.
 */
public final class LiveStatus {
    private ScenarioFigures seen;
    private String said;

    /** Announces the sentence when the figures changed since the last call and the sentence with them. */
    public void follow(HostView host, PlatformServices platform) {
        ScenarioFigures now = host.figures();
        if (said != null && now == seen) {
            return;
        }
        seen = now;
        String sentence = ScenarioSentence.of(host);
        if (!sentence.equals(said)) {
            said = sentence;
            platform.announce(sentence);
        }
    }

    /** The last sentence announced (null before the first). */
    public String said() {
        return said;
    }
}
