package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layers draw bottom to top whatever the order they were registered in, the SpriteBatch open around its own. */
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
        assertEquals(List.of("begin", "BACKGROUND", "SCENE", "CAPTION", "VIGNETTE", "PANELS", "HEADER", "FACTOIDS", "BANNER",
                "end", "CONTROLS"), drawn);
    }

    @Test
    void layersWithoutAPartAreSkippedAndTheBatchStillEnds() {
        // The app without a simulation: the gradient and the list of what failed to load.
        register(Layer.SCENE, Layer.BACKGROUND);
        layers.draw();
        assertEquals(List.of("begin", "BACKGROUND", "SCENE", "end"), drawn);
    }

    @Test
    void aLaterRegistrationReplacesTheLayersPart() {
        register(Layer.HEADER);
        layers.register(Layer.HEADER, () -> drawn.add("other header"));
        layers.draw();
        assertEquals(List.of("begin", "other header", "end"), drawn);
    }
}
