package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.TestCatalog;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.sim.SimSettings;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The prefix link parameter: read, written back, absent when off, and a bad value refused in one line. */
class PrefixParamsTest {
    private final ScenarioParams params = new ScenarioParams(TestCatalog.get());
    private final SimSettings defaults = StartupScenario.defaults(TestCatalog.get());

    private ScenarioRequest parse(String query, SimSettings base) {
        return params.parse(QueryString.parse(query), base);
    }

    @Test
    void everyWorkloadRoundTripsAndNoneLeavesTheLinkAsItWas() {
        for (PrefixWorkload w : PrefixWorkload.values()) {
            ScenarioRequest r = parse("prefix=" + w.linkName().toUpperCase(), defaults);
            assertEquals(Collections.emptyList(), r.notices());
            assertEquals(w, r.settings().prefix());
            assertEquals(w, parse(ScenarioParams.format(r.settings(), 0, false), defaults).settings().prefix());
        }
        assertEquals(PrefixWorkload.NONE, defaults.prefix());
        assertEquals(false, ScenarioParams.format(defaults, 0, false).contains("prefix"));
        assertEquals(true, ScenarioParams.format(defaults.toBuilder().prefix(PrefixWorkload.RAG).build(), 0, false)
                .contains("prefix=rag"));
    }

    @Test
    void aBadValueKeepsTheWorkloadAndSaysWhich() {
        SimSettings base = defaults.toBuilder().prefix(PrefixWorkload.CHAT).build();
        ScenarioRequest r = parse("prefix=wiki", base);
        assertEquals(Collections.singletonList(
                "prefix 'wiki' refused (prefix must be none, chat, rag or agent, got wiki); kept chat"), r.notices());
        assertEquals(PrefixWorkload.CHAT, r.settings().prefix());
    }
}
