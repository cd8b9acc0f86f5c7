package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Factoid;
import dev.kvcache.data.FactoidLoader;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.memory.FactoidLine;
import dev.kvcache.memory.FactoidText;
import dev.kvcache.sim.SimSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ticker opens with a sentence about the scene on screen, never one about another model. */
class FactoidTickerTest {
    private static final Catalog CATALOG = TestCatalog.get();

    private static List<FactoidLine> shipped() {
        List<FactoidLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        FactoidText text = new FactoidText(CATALOG);
        for (Factoid factoid : new FactoidLoader().load(TestCatalog.file("factoids.json"))) {
            lines.add(text.renderLine(factoid, problems));
        }
        assertEquals("[]", problems.toString());
        return lines;
    }

    private static SimulationHost host(String model, String device) {
        return new SimulationHost(CATALOG, SimSettings.builder().modelId(model).deviceId(device).batch(8)
                .contextTokens(131_072).build());
    }

    private static FactoidLine lineOf(List<FactoidLine> lines, String text) {
        for (FactoidLine line : lines) {
            if (line.text().equals(text)) {
                return line;
            }
        }
        throw new AssertionError("no line " + text);
    }

    @Test
    void anIdleAppWakesWhenTheNextSentenceIsDue() {
        List<FactoidLine> lines = shipped();
        FactoidTicker ticker = new FactoidTicker(lines, host("llama-3.1-8b", "h100"));
        String first = ticker.current();
        ticker.advance(2f);
        assertEquals(FactoidTicker.SECONDS_EACH - 2f, ticker.secondsToNextSentence(), 1e-4f);
        assertEquals(first, ticker.current());
        // The wake lands just after the turn: a new sentence, the whole wait ahead again.
        ticker.advance(ticker.secondsToNextSentence() + 0.02f);
        assertFalse(first.equals(ticker.current()), "the next sentence");
        assertEquals(FactoidTicker.SECONDS_EACH - 0.02f, ticker.secondsToNextSentence(), 1e-4f);
    }

    @Test
    void aMistralSceneDoesNotOpenWithLlama70B() {
        List<FactoidLine> lines = shipped();
        FactoidTicker ticker = new FactoidTicker(lines, host("mistral-7b", "h100"));
        FactoidLine first = lineOf(lines, ticker.current());
        assertFalse(first.text().contains("Llama-3.1-70B"), first.text());
        assertTrue(first.modelIds().isEmpty() || first.modelIds().contains("mistral-7b"),
                "the first factoid is about Mistral or about no model: " + first.text());
    }

    @Test
    void theSceneOnScreenComesFirstAndANewModelStartsOver() {
        List<FactoidLine> lines = shipped();
        SimulationHost host = host("gemma-3-27b", "h100");
        FactoidTicker ticker = new FactoidTicker(lines, host);
        assertTrue(ticker.current().startsWith("Gemma-3-27B"), ticker.current());
        ticker.advance(FactoidTicker.SECONDS_EACH * 3);
        host.apply(host.simulation().settings().toBuilder().modelId("gpt-oss-120b").build());
        assertTrue(ticker.current().startsWith("gpt-oss-120b"), ticker.current());
    }

    @Test
    void everyFactoidStillShowsOnceARound() {
        List<FactoidLine> lines = shipped();
        FactoidTicker ticker = new FactoidTicker(lines, host("llama-3.1-8b", "groq"));
        Set<String> seen = new HashSet<>();
        ticker.current();
        for (int i = 0; i < lines.size(); i++) {
            seen.add(ticker.current());
            ticker.advance(FactoidTicker.SECONDS_EACH);
        }
        assertEquals(lines.size(), seen.size());
    }

    @Test
    void subjectsComeFromFiguresAndFromNamesInTheText() {
        List<FactoidLine> lines = shipped();
        FactoidLine wafer = null;
        FactoidLine paper = null;
        for (FactoidLine line : lines) {
            if (line.text().startsWith("Cerebras WSE-3 holds")) {
                wafer = line;
            } else if (line.text().startsWith("Before paging")) {
                paper = line;
            }
        }
        assertTrue(wafer != null && wafer.deviceIds().contains("wse-3") && wafer.modelIds().contains("llama-3.1-70b"));
        assertTrue(paper != null && paper.modelIds().isEmpty() && paper.deviceIds().isEmpty(), "a general fact");
    }
}
