package dev.kvcache.scenario;

import dev.kvcache.TestCatalog;
import dev.kvcache.sim.SimSettings;

/** The parse the scenario tests share: a link's query string read onto settings with the shipped catalog. */
final class LinkParse {
    private static final ScenarioParams PARAMS = new ScenarioParams(TestCatalog.get());

    private LinkParse() {
    }

    /** What the app starts with before any link: the catalog's default model and device with theirs. */
    static SimSettings defaults() {
        return StartupScenario.defaults(TestCatalog.get());
    }

    /** {@code query} read onto the startup defaults. */
    static ScenarioRequest parse(String query) {
        return parse(query, defaults());
    }

    /** {@code query} read onto {@code base}. */
    static ScenarioRequest parse(String query, SimSettings base) {
        return PARAMS.parse(QueryString.parse(query), base);
    }

    /** {@code query} read onto {@code base} while the longest sequence holds {@code currentTokens}. */
    static ScenarioRequest parse(String query, SimSettings base, long currentTokens) {
        return PARAMS.parse(QueryString.parse(query), base, currentTokens);
    }
}
