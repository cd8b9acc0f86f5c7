package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layers draw bottom to top whatever the order they were registered in, the SpriteBatch open around its own only. */
class LayerStackTest {
    private final List<String> drawn = new ArrayList<>();
    private final LayerStack layers = new LayerStack(new LayerStack.BatchPass() {
        @Override
        public void begin() {
            drawn.add("begin");
        }

        @Override
        public void end() {
            drawn.add("end");
        }

        @Override
        public void flush() {
            drawn.add("flush");
        }
    });

    private void register(Layer... toRegister) {
        for (Layer layer : toRegister) {
            layers.register(layer, () -> drawn.add(layer.name()));
        }
    }

    @Test
    void theAppsLayersAreBackgroundToControls() {
        assertEquals(Arrays.asList(Layer.BACKGROUND, Layer.SCENE, Layer.CAPTION, Layer.VIGNETTE,
                Layer.PANELS, Layer.HEADER, Layer.FACTOIDS, Layer.BANNER, Layer.CONTROLS), Arrays.asList(Layer.values()));
    }

    @Test
    void partsDrawBottomToTopWithTheStageAfterTheBatch() {
        register(Layer.CONTROLS, Layer.BANNER, Layer.HEADER, Layer.SCENE, Layer.BACKGROUND, Layer.PANELS,
                Layer.FACTOIDS, Layer.CAPTION, Layer.VIGNETTE);
        layers.draw();
        assertEquals(List.of("BACKGROUND", "begin", "SCENE", "CAPTION", "VIGNETTE", "PANELS", "HEADER", "FACTOIDS", "BANNER",
                "end", "CONTROLS"), drawn);
    }

    @Test
    void layersWithoutAPartAreSkippedAndTheBatchStillEnds() {
        // The app without a simulation: the gradient and the list of what failed to load.
        register(Layer.SCENE, Layer.BACKGROUND);
        layers.draw();
        assertEquals(List.of("BACKGROUND", "begin", "SCENE", "end"), drawn);
    }

    @Test
    void aLaterRegistrationReplacesTheLayersPart() {
        register(Layer.HEADER);
        layers.register(Layer.HEADER, () -> drawn.add("other header"));
        layers.draw();
        assertEquals(List.of("begin", "other header", "end"), drawn);
    }

    @Test
    void aProbeSeesEachLayerOnItsOwnWithTheBatchFlushedRoundIt() {
        register(Layer.BACKGROUND, Layer.SCENE, Layer.CONTROLS);
        layers.watch(new LayerProbe() {
            @Override
            public void before(Layer layer) {
                drawn.add("before " + layer.name());
            }

            @Override
            public void after(Layer layer) {
                drawn.add("after " + layer.name());
            }
        });
        layers.draw();
        assertEquals(List.of("before BACKGROUND", "BACKGROUND", "after BACKGROUND", "begin", "flush",
                "before SCENE", "SCENE", "flush", "after SCENE", "end", "before CONTROLS", "CONTROLS",
                "after CONTROLS"), drawn);
        drawn.clear();
        layers.watch(LayerProbe.NONE);
        layers.draw();
        assertEquals(List.of("BACKGROUND", "begin", "SCENE", "end", "CONTROLS"), drawn);
    }
}
