package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.badlogic.gdx.math.Rectangle;
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
    }, new LayerStack.Clip() {
        @Override
        public void begin(Rectangle area) {
            drawn.add("clip " + area);
        }

        @Override
        public void end() {
            drawn.add("unclip");
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
    void aPartialRepaintClipsTheLayersThatReachItAndSkipsTheRest() {
        Rectangle scene = new Rectangle(300, 100, 900, 700);
        Rectangle panels = new Rectangle(0, 100, 290, 700);
        register(Layer.BACKGROUND, Layer.SCENE, Layer.BANNER);
        layers.register(Layer.PANELS, () -> drawn.add("PANELS"), panels::overlaps);
        layers.register(Layer.CONTROLS, () -> drawn.add("CONTROLS"), area -> false);
        layers.drawWithin(scene);
        assertEquals(List.of("BACKGROUND", "clip " + scene, "begin", "SCENE", "BANNER", "end", "unclip"), drawn);

        drawn.clear();
        layers.draw();
        assertEquals(List.of("BACKGROUND", "begin", "SCENE", "PANELS", "BANNER", "end", "CONTROLS"), drawn,
                "a whole frame draws every layer, unclipped");
    }

    @Test
    void aPartialRepaintReachedByNothingButTheClearsDrawsOnlyThem() {
        register(Layer.BACKGROUND);
        layers.register(Layer.CONTROLS, () -> drawn.add("CONTROLS"), area -> false);
        layers.drawWithin(new Rectangle(0, 0, 10, 10));
        assertEquals(List.of("BACKGROUND"), drawn);
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
