package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.HeadlessGdx;
import dev.kvcache.TestCatalog;
import dev.kvcache.host.Motion;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.memory.StageShares;
import dev.kvcache.scenario.QueryString;
import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.scenario.StartupScenario;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.SimSettings;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The cluster scene draws each GPU's own share, the engine's per-stage figures to the byte; the
 * most loaded GPU holds exactly what the die shows; many GPUs aggregate into at most 1,024 tiles
 * with their mean; and a frame allocates nothing.
 */
class ClusterViewTest {
    private static SimulationHost running(String link, int steps) {
        SimSettings s = new ScenarioParams(TestCatalog.get()).parse(QueryString.parse(link),
                StartupScenario.defaults(TestCatalog.get())).settings();
        SimulationHost host = new SimulationHost(TestCatalog.get(), s);
        for (int i = 0; i < steps; i++) {
            host.singleStep();
        }
        return host;
    }

    @Test
    void eachGpuIsFilledWithItsStagesShareToTheByte() {
        SimulationHost host = running("model=llama-3.1-70b&tp=8&pp=2&batch=8&context=128K&pa=1", 300);
        ClusterModel model = new ClusterModel();
        model.update(host);
        MemoryUsage usage = host.simulation().memory();
        StageShares shares = StageShares.of(host.figures().scenario);
        assertEquals(1, model.gpusPerTile());
        assertEquals(16, model.tiles());
        assertTrue(usage.blocksInUse() > 0, "the pool holds blocks");
        long most = 0;
        for (int t = 0; t < 16; t++) {
            int stage = t / 8;
            assertEquals(stage, model.stageOfTile(t), "tp ranks next to each other, then the stages");
            assertEquals(shares.weightBytes(stage), model.weightBytes(t), "tile " + t);
            assertEquals(shares.kvBytes(stage, usage.blocksInUse()), model.kvBytes(t), "tile " + t);
            assertEquals(shares.fixedBytes(), model.fixedBytes(t), "tile " + t);
            assertEquals(shares.usedBytes(stage, usage.blocksInUse()),
                    model.weightBytes(t) + model.kvBytes(t) + model.fixedBytes(t));
            most = Math.max(most, model.weightBytes(t) + model.kvBytes(t) + model.fixedBytes(t));
        }
        // The last stage also holds the output head: it is the most loaded GPU, the one the die shows.
        assertTrue(model.weightBytes(8) > model.weightBytes(0));
        assertEquals(usage.usedBytesPerGpu(), most, "the most loaded GPU is the die's, to the byte");
        assertEquals(host.figures().perGpuWeightsBytes, model.weightBytes(15));
    }

    @Test
    void tensorParallelBeyondTheKvHeadsReplicatesThemAsVllmDoes() {
        // Llama-3.1-8B has 8 KV heads: at tp 16 every GPU still holds one whole head.
        SimulationHost tp8 = running("model=llama-3.1-8b&tp=8", 0);
        SimulationHost tp16 = running("model=llama-3.1-8b&tp=16", 0);
        assertEquals(StageShares.of(tp8.figures().scenario).blockBytes(0),
                StageShares.of(tp16.figures().scenario).blockBytes(0));
        SimulationHost tp4 = running("model=llama-3.1-8b&tp=4", 0);
        assertEquals(2 * StageShares.of(tp8.figures().scenario).blockBytes(0),
                StageShares.of(tp4.figures().scenario).blockBytes(0));
    }

    @Test
    void contextParallelGroupsEachHoldTheirShareOfTheBlocks() {
        SimulationHost host = running("model=llama-3.1-8b&cp=4&context=1M&batch=4&pa=1", 400);
        ClusterModel model = new ClusterModel();
        model.update(host);
        StageShares shares = StageShares.of(host.figures().scenario);
        long blocks = host.simulation().memory().blocksInUse();
        assertEquals(4, shares.blockGroups());
        assertEquals(shares.kvBytes(0, 0) + (blocks + 3) / 4 * shares.blockBytes(0), model.kvBytes(3));
    }

    private static ClusterModel modelOf(SimulationHost host) {
        ClusterModel model = new ClusterModel();
        model.update(host);
        return model;
    }

    private static ClusterCaption captionOf(ClusterModel model) {
        ClusterCaption caption = new ClusterCaption();
        caption.write(model);
        return caption;
    }

    @Test
    void aWaferScaleClusterIsCountedInWafers() {
        ClusterCaption caption = captionOf(modelOf(running("model=llama-3.1-70b&gpu=wse-3&batch=4&context=32768", 100)));
        String text = caption.cluster + " | " + caption.busiest + " | " + caption.tile;
        // One wafer per CS-3 system, the systems joined over their 100 GbE ports: not "2 nodes of 8".
        assertTrue(text.matches("([0-9,]+) wafers in \\1 CS-3 systems: .*"), text);
        assertTrue(text.contains("busiest link: ") && text.contains(" over 100 GbE (12 ports per CS-3), "), text);
        assertTrue(text.contains(" per wafer in a mean decode step of "), text);
        assertTrue(text.contains("1 tile = 1 wafer, filled with its own share"), text);
        assertFalse(text.contains("GPU"), text);
    }

    @Test
    void replicasPastAPresetOfOneSayHowManyWafersTheyNeed() {
        ClusterCaption caption = captionOf(modelOf(running(
                "model=llama-3.1-70b&cluster=cerebras-cs3&batch=8&context=131072", 100)));
        String text = caption.cluster.toString();
        assertTrue(text.startsWith("12 wafers in 12 CS-3 systems (Cerebras CS-3): "), text);
        assertTrue(text.contains("; the replicas need 12 wafers, more than the preset has"), text);
    }

    @Test
    void theCaptionKeepsEachLayoutLabelWithItsNumber() {
        ClusterCaption caption = captionOf(modelOf(running("model=llama-3.1-70b&tp=8&pp=2&cluster=meta-24k&pa=1", 10)));
        String glue = String.valueOf(FontCharacters.NO_BREAK_SPACE);
        String text = caption.cluster.toString();
        assertTrue(text.contains(": tp" + glue + "8 x pp" + glue + "2 x cp" + glue + "1 per replica, dp" + glue + "1,536"),
                text);
        // An aggregated tile names its nodes as the cluster line does ("nodes of 8").
        assertTrue(caption.tile.toString().matches("1 tile = [0-9,]+ GPUs \\([0-9,]+ nodes of 8\\), filled with their mean .*"),
                caption.tile.toString());
        // Wrapping breaks only at plain spaces (libGDX), so "dp" never ends a line without its count.
        assertTrue(FontCharacters.ALL.indexOf(FontCharacters.NO_BREAK_SPACE) >= 0, "every font has the glyph");
    }

    @Test
    void anAutomaticCountStillGrowingSaysTheLayoutIsTheFullContextsAndHowManyGpusRunNow() {
        SimulationHost host = running("model=gemma-3-12b&gpu=l40s&batch=4&pa=1", 50);
        assertEquals(1, host.simulation().memory().gpuCount(), "one L40S holds the first tokens");
        ClusterModel model = modelOf(host);
        assertEquals(2, model.layout().gpus, "two are needed at the full context");
        ClusterCaption caption = captionOf(model);
        String text = caption.cluster.toString();
        assertTrue(text.endsWith("; laid out for the full context, 1 GPU in use now"), text);

        ClusterModel two = modelOf(running("model=gemma-3-12b&gpu=l40s&batch=4&pa=1&dp=2", 50));
        assertEquals(2, two.layout().replicas);
        assertTrue(captionOf(two).cluster.toString().endsWith("; laid out for the full context, 1 GPU per replica in use now"),
                captionOf(two).cluster.toString());

        // Replicas of a preset, each on the GPUs it needs at the full context: nothing is still growing.
        ClusterModel rack = modelOf(running("model=kimi-k2&cluster=gb200-nvl72&batch=16", 300));
        assertEquals(10, rack.layout().replicas);
        assertEquals(rack.layout().replicaGpus, rack.gpusGrownTo(), "the replica's 7 GPUs hold the sequences");
        assertFalse(captionOf(rack).cluster.toString().contains("in use now"), captionOf(rack).cluster.toString());

        SimulationHost fixed = running("model=gemma-3-12b&gpu=l40s&batch=4&pa=1&gpus=2", 50);
        model.update(fixed);
        caption.write(model);
        assertFalse(caption.cluster.toString().contains("in use now"), caption.cluster.toString());
    }

    @Test
    void theBusiestLinkSentenceNamesTheBytesTheStepAndItsShareOfTheLink() {
        ClusterModel model = modelOf(running("model=llama-3.1-70b&tp=8&pp=2&cluster=meta-24k&pa=1", 10));
        String text = captionOf(model).busiest.toString();
        String sequences = model.decodes() == 1 ? " sequence (" : " sequences (";
        assertTrue(text.matches("busiest link: .+ over .+, [0-9.]+ [KMG]iB per GPU in a mean decode step of [0-9,]+"
                + java.util.regex.Pattern.quote(sequences) + "[0-9.]+ (ms|s)\\): [0-9.<]+% of [0-9.,]+ [GT]B/s"), text);
        assertTrue(text.contains(" step of " + model.decodes() + sequences), text);
    }

    @Test
    void manyGpusAggregateHonestlyIntoAtMostTwoHundredFiftySixTiles() {
        SimulationHost host = running("model=llama-3.1-70b&tp=8&pp=2&cluster=meta-24k&pa=1", 200);
        ClusterModel model = new ClusterModel();
        model.update(host);
        assertEquals(24_576, model.layout().gpus);
        assertEquals(96, model.gpusPerTile(), "3,072 nodes of 8 in tiles of 12 nodes");
        assertEquals(256, model.tiles());
        StageShares shares = StageShares.of(host.figures().scenario);
        // The first tile: replicas 0-5, each 8 GPUs of stage 0 and 8 of stage 1.
        assertEquals(Math.round((48 * shares.weightBytes(0) + 48 * (double) shares.weightBytes(1)) / 96),
                model.weightBytes(0));
        long blocks = host.simulation().memory().blocksInUse();
        double kv = (48.0 * shares.kvBytes(0, blocks) + 48.0 * shares.kvBytes(1, blocks)) / 96;
        assertEquals(kv, model.kvBytes(0), 1.0);
    }

    @Test
    void aHundredThousandGpusDrawInAFewThousandQuadsAndAllocateNothing() {
        Frames frames = new Frames();
        SimulationHost host = running("model=llama-3.1-8b&cluster=xai-colossus", 50);
        ClusterView view = new ClusterView();
        Rectangle area = new Rectangle(0, 0, 1280, 720);
        for (int frame = 0; frame < 3; frame++) {
            frames.draw(view, host, area);
        }
        assertEquals(100_000, view.gpus());
        assertTrue(view.model().tiles() <= ClusterModel.MAX_TILES);
        long quads = frames.batch.offered / 20;
        assertTrue(quads > ClusterModel.MAX_TILES && quads < 6 * ClusterModel.MAX_TILES, quads + " quads for 100,000 GPUs");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int frame = 0; frame < 20; frame++) {
            frames.draw(view, host, area);
        }
        assertEquals(0L, threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before,
                "bytes allocated over 20 frames");
    }

    @Test
    void theFillsDrawnAreEachGpusOwnBytes() {
        Frames frames = new Frames();
        // Four stages of Llama-3.1-8B: the first holds the embedding, the last the output head.
        SimulationHost host = running("model=llama-3.1-8b&pp=4&batch=8&pa=1", 200);
        ClusterView view = new ClusterView();
        frames.draw(view, host, new Rectangle(0, 0, 1600, 1000));
        ClusterModel m = view.model();
        assertEquals(4, m.tiles());
        float[] weights = quadHeights(frames.batch, Palette.WEIGHTS, 4);
        float[] kv = quadHeights(frames.batch, SequenceColours.of(0), 4);
        for (int t = 0; t < 4; t++) {
            assertEquals(view.fillHeight(m.weightBytes(t)), weights[t], 1e-4f, "tile " + t);
            assertEquals(view.fillHeight(m.kvBytes(t)), kv[t], 1e-4f, "tile " + t);
        }
        assertTrue(weights[1] < weights[0] && weights[1] < weights[3], "middle stages hold no embedding or head");
    }

    @Test
    void aFillThatCoversNoPixelCentreIsNotDrawn() {
        assertTrue(ClusterView.coversAPixelRow(10.2f, 0.4f), "10.5 lies inside");
        assertFalse(ClusterView.coversAPixelRow(10.6f, 0.8f), "from 10.6 to 11.4: no centre");
        assertTrue(ClusterView.coversAPixelRow(10.6f, 0.95f), "11.5 lies inside");
        assertFalse(ClusterView.coversAPixelRow(10.5f, 0f));
        assertTrue(ClusterView.coversAPixelRow(-3.7f, 1f), "-3.5 lies inside");

        // The worst scene: 8 GB models over thousands of GPUs leave each tile a sliver of weights and workspace.
        Frames frames = new Frames();
        SimulationHost host = running("model=llama-3.1-8b&batch=32&context=100000000", 50);
        ClusterView view = new ClusterView();
        frames.draw(view, host, new Rectangle(0, 0, 1600, 1000));
        ClusterModel m = view.model();
        assertTrue(view.fillHeight(m.weightBytes(0)) < 0.5f, "weights under half a pixel: " + view.fillHeight(m.weightBytes(0)));
        for (Color sliver : new Color[] {Palette.WEIGHTS, Palette.WORKSPACE}) {
            // Only the tiles whose sliver holds a row's centre draw it (and the legend's swatch).
            int drawn = quadsCoveringAPixelRow(frames.batch, sliver);
            assertTrue(drawn < m.tiles() / 5, drawn + " of " + m.tiles() + " tiles");
        }
    }

    /** How many quads of {@code colour} were drawn, each checked to hold a pixel row's centre. */
    private static int quadsCoveringAPixelRow(CountingBatch batch, Color colour) {
        float bits = colour.toFloatBits();
        int found = 0;
        for (int q = 0; q + 20 <= batch.floats; q += 20) {
            if (batch.kept[q + 2] == bits) {
                float bottom = batch.kept[q + 1];
                assertTrue(ClusterView.coversAPixelRow(bottom, batch.kept[q + 6] - bottom), "quad at " + bottom);
                found++;
            }
        }
        return found;
    }

    /** Heights of the first {@code n} quads of {@code colour}, in the order drawn. */
    private static float[] quadHeights(CountingBatch batch, Color colour, int n) {
        float bits = colour.toFloatBits();
        float[] out = new float[n];
        int found = 0;
        for (int q = 0; q + 20 <= batch.floats && found < n; q += 20) {
            if (batch.kept[q + 2] == bits) {
                out[found++] = batch.kept[q + 6] - batch.kept[q + 1];
            }
        }
        assertEquals(n, found);
        return out;
    }

    /** A scene's frames drawn into a counting batch with the test font, as the app draws them. */
    private static final class Frames {
        final CountingBatch batch = CountingBatch.create();
        private final TextPainter text;
        private final FlatPainter painter;

        Frames() {
            HeadlessGdx.start();
            UiAtlas atlas = new UiAtlas(HeadlessGdx.smallFontPage(), HeadlessGdx.smallFontData(),
                    HeadlessGdx.smallFontData());
            AtlasFontSource fonts = new AtlasFontSource(atlas);
            fonts.setScale(1f, 1f);
            text = new TextPainter(fonts);
            painter = new FlatPainter(atlas.texture());
        }

        void draw(ClusterView view, SimulationHost host, Rectangle area) {
            batch.clear();
            text.use(batch);
            painter.use(batch);
            view.update(host, 1f / 60, Motion.FULL);
            view.draw(painter, text, area, Detail.FULL);
            painter.flush();
            text.flush();
        }
    }
}
