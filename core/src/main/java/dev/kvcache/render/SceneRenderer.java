package dev.kvcache.render;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.host.HostView;
import dev.kvcache.host.Motion;
import dev.kvcache.host.RedrawRule.Redraw;
import dev.kvcache.host.SceneChoice;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.SimEvent;
import dev.kvcache.sim.SimEventListener;
import dev.kvcache.sim.SimEventType;
import dev.kvcache.sim.SimulationView;

/**
 * Draws the centre of the screen from the simulation's state, bottom layer to top: background
 * waves, the attention diagonal, memory modules with their banks, particles, the die. It reads the
 * simulation and never changes it. The particles and the die tell the step's story
 * ({@link StepNow}): traffic follows the bytes read per second and crawls when memory bounds the
 * step (a traffic jam), the tiles pulse with the operations per second (a busy die when compute
 * bounds it).
 */
public final class SceneRenderer implements SimEventListener {
    /** Most bank positions drawn: bounds the per-frame cost on a 4K window. */
    public static final int MAX_BANKS = 4096;

    private final SceneLayout sceneLayout = new SceneLayout();
    private final BackgroundWaves waves = new BackgroundWaves();
    private final AttentionDiagonalView diagonal = new AttentionDiagonalView();
    private final MemoryModuleView modules = new MemoryModuleView();
    private final DieView die = new DieView();
    private final HostStripView hostStrip = new HostStripView();
    private final PressureVignette vignette = new PressureVignette();
    private final ParticleField particles = new ParticleField();
    private final AmbientClock ambient = new AmbientClock();
    private final MemoryMap memoryMap = new MemoryMap(MAX_BANKS);
    private final BankGridView banks = new BankGridView(MAX_BANKS);
    private final Rectangle diagonalArea = new Rectangle();
    /** What the die covers, worked out each frame into this one rectangle. */
    private final Rectangle underDie = new Rectangle();
    private final StepNow step = new StepNow();
    /** The step's memory and compute busy shares (0-1), read each frame. */
    private float memoryBusy;
    private float computeBusy;
    private float particleRate;
    /**
     * Compute share of the prompts being prefilled: a prefill chunk (thousands of tokens at once)
     * keeps the tensor units busy, so each admission lights the die fully, fading over
     * {@link #PREFILL_GLOW_SECONDS} of animation.
     */
    private float prefillGlow;
    private static final float PREFILL_GLOW_SECONDS = 0.6f;
    private final StringBuilder label = new StringBuilder(64);
    private DeviceLook device;
    private int layoutModules = -1;
    /** Whether the layout holds the host strip (KV offload on). */
    private HostStrip layoutStrip = HostStrip.HIDDEN;
    /** Usable bytes per GPU the bank grid was fitted to. */
    private long layoutCapacity = -1;
    private float time;
    /** Pulses of the die's tiles: advances at the decode rate while playing, stands still otherwise. */
    private float diePhase;
    private float flashTile;
    private int admittedThisFrame;
    /** Module labels only when modules are tall enough to hold them above their banks. */
    private boolean labelled = true;
    private Motion motion = Motion.FULL;
    private SceneChoice.Scene shown = SceneChoice.Scene.DIE;
    private double vignetteUsage;
    private float vignetteTime;

    /** Lays the scene out in {@code area} for the host's device; call on resize and device change. */
    public void layout(Rectangle area, HostView host, TextPainter text, Detail detail) {
        DeviceSpec spec = host.device();
        device = DeviceLook.of(spec);
        float caption = CaptionSpace.reservedHeight(text, area.width * 0.94f, detail);
        layoutStrip = stripFor(host);
        sceneLayout.update(area.x, area.y, area.width, area.height, device.moduleCount, caption, layoutStrip);
        layoutModules = spec.moduleCount();
        layoutCapacity = capacity(host);
        labelled = sceneLayout.modules().size > 0
                && sceneLayout.modules().get(0).height > text.lineHeight(FontStyle.SMALL) * 3f;
        banks.layout(sceneLayout.modules(), sceneLayout.scale(), labelled ? text.lineHeight(FontStyle.SMALL) + 4f : 2f,
                layoutCapacity);
        // Above the caption strip, so the triangle never runs under the memory line and legend.
        Rectangle above = sceneLayout.scene();
        diagonalArea.set(above.x + above.width * 0.04f, above.y + above.height * 0.02f, above.width * 0.92f,
                above.height * 0.92f);
        particles.clear();
    }

    /** Reduced motion stops the waves, particles and pulses; the banks still follow the state. */
    public void setMotion(Motion shown) {
        motion = shown;
    }

    /**
     * Seconds the ambient motion (waves, sweeps, pulses) advanced in the last {@link #update}: frame
     * time while playing, less and then none after a pause, none under reduced motion.
     */
    public float ambientSeconds() {
        return ambient.lastSeconds();
    }

    /**
     * True when nothing in the scene moves by itself any more: the ambient motion has stopped, the
     * last particles have landed and the banks show their colours, with no pulse left. A paused
     * scene gets there within {@link AmbientClock#EASE_SECONDS} (the particles' flights and the
     * banks' pulses are shorter); a reduced one at once.
     */
    public boolean isSettled() {
        return ambient.isStill() && particles.isEmpty()
                && (shown == SceneChoice.Scene.CLUSTER || banks.isSettled() && hostStrip.isEmpty());
    }

    /**
     * Advances cosmetic animation by {@code seconds} (frame time) and refreshes the memory map. While
     * the cluster view is {@code shown}, only what it draws too moves on (the clock and the waves):
     * the memory map, the banks' colours, the host strip and new particles wait for the die view,
     * whose first frame eases the banks to the map from where they stood.
     */
    public void update(HostView host, float seconds, Detail detail, SceneChoice.Scene shown) {
        this.shown = shown;
        boolean dieShown = shown == SceneChoice.Scene.DIE;
        boolean lowDetail = detail == Detail.SIMPLE;
        // The clock of every wave, sweep and pulse: it slows to a stop when paused and stands still
        // under reduced motion.
        float ambientSeconds = motion == Motion.REDUCED ? ambient.stop()
                : host.isPlaying() ? ambient.run(seconds) : ambient.windDown(seconds);
        time += ambientSeconds;
        SimulationView simulation = host.simulation();
        // The simulation's events, drained once a frame: admissions and preemptions flash the scene.
        admittedThisFrame = 0;
        simulation.events().drain(this);
        MemoryUsage usage = simulation.memory();
        float pressure = (float) Math.min(1.5, usage.usageFraction());
        waves.advance(ambientSeconds, pressure);
        step.update(host);
        if (dieShown) {
            memoryMap.update(simulation, banks.slotCount());
            animateBanks(seconds);
            hostStrip.update(host, seconds, motion);
        }
        memoryBusy = step.memoryBusy();
        prefillGlow = admittedThisFrame > 0 ? 1f : Math.max(0f, prefillGlow - ambientSeconds / PREFILL_GLOW_SECONDS);
        computeBusy = Math.max(step.computeBusy(), prefillGlow);
        // Paused, no memory traffic: the particles in flight land and no more leave.
        float flowing = host.isPlaying() && dieShown ? 1f : 0f;
        float speedBoost = (float) Math.min(3.0, 1.0 + simulation.settings().speed() / 50.0);
        // Bytes read per second set the traffic; each admission sends a burst: the prompt's KV being written (prefill).
        particleRate = flowing * (speedBoost * ParticleField.flowRate(memoryBusy)
                + admittedThisFrame * 30f / Math.max(seconds, 1f / 60f));
        int cap = lowDetail ? 150 : ParticleField.CAPACITY;
        if (motion == Motion.REDUCED) {
            particles.clear();
        } else {
            particles.update(seconds, lowDetail ? particleRate * 0.3f : particleRate, sceneLayout.modules(),
                    sceneLayout.die(), cap, ParticleField.crawl(memoryBusy));
        }
        flashTile = (time * 0.35f) % 1f;
        if (host.isPlaying()) {
            diePhase += ambientSeconds * DieView.pulseHertz(host.ticksPerSecond()) * DieView.busyPace(computeBusy);
            if (diePhase > 3600f) {
                // A whole number of pulses and of sweeps (3600 x 12 tiles is a multiple of 36): no jump.
                diePhase -= 3600f;
            }
        }
    }

    private void animateBanks(float seconds) {
        if (motion == Motion.REDUCED) {
            banks.animateStill(memoryMap);
        } else {
            banks.animate(memoryMap, seconds);
        }
    }

    public void draw(FlatPainter painter, TextPainter text, HostView host, Rectangle area, Detail detail) {
        SimulationView simulation = host.simulation();
        boolean flash = simulation.settings().flash() == FlashMode.FLASH;
        drawWaves(painter, host, area, detail);
        label.setLength(0);
        if (detail == Detail.FULL) {
            label.append(flash ? "attention: O(n) memory, tiled" : "attention scores: O(n\u00b2)");
        }
        diagonal.draw(painter, text, diagonalArea, contextFill(host), flash, flashTile, label);
        hostStrip.draw(painter, text, host, sceneLayout.hostStrip(), sceneLayout.die(), device);
        modules.drawBodies(painter, sceneLayout.modules(), sceneLayout.scale(), device);
        banks.draw(painter, memoryMap, time);
        particles.draw(painter, Math.max(2f, 3f * sceneLayout.scale()), flash, DieView.covered(sceneLayout.die(), underDie));
        modules.drawLabels(painter, text, sceneLayout.modules(), sceneLayout.scale(), device, labelled);
        die.draw(painter, text, sceneLayout.die(), device, flash, diePhase, host.device().flashTile(), computeBusy);
    }

    /** The background waves alone (under the cluster view too: the ambient motion stays whichever scene shows). */
    public void drawWaves(FlatPainter painter, HostView host, Rectangle area, Detail detail) {
        float pressure = (float) Math.min(1.5, host.simulation().memory().usageFraction());
        waves.draw(painter, area.x, area.y, area.width, area.height, pressure, detail == Detail.FULL ? 1f : 0.5f);
    }

    /**
     * The red edges of a {@code width x height} window under memory pressure (none below 80%). They
     * cross the scene's edge, so they change only in frames that repaint the whole window; a frame
     * that {@code redraw}s only the scene draws them as the last whole one did, with no seam.
     */
    public void drawVignette(FlatPainter painter, HostView host, float width, float height, Redraw redraw) {
        if (redraw == Redraw.WINDOW) {
            vignetteUsage = host.simulation().memory().usageFraction();
            vignetteTime = time;
        }
        vignette.draw(painter, width, height, vignetteUsage, vignetteTime);
    }

    @Override
    public void onEvent(SimEvent event) {
        if (event.type() == SimEventType.SEQUENCE_ADMITTED) {
            admittedThisFrame++;
        }
    }

    /** How far the longest running sequence is through the selected context (0-1). */
    private static float contextFill(HostView host) {
        long context = Math.max(1, host.simulation().settings().contextTokens());
        return (float) Math.min(1.0, host.interpolatedLongestTokens() / context);
    }

    public SceneLayout sceneLayout() {
        return sceneLayout;
    }

    public MemoryMap memoryMap() {
        return memoryMap;
    }

    /** Brings the memory map up to date whichever view shows (it waits behind the cluster view), for a reader of it. */
    public MemoryMap refreshedMemoryMap(HostView host) {
        memoryMap.update(host.simulation(), banks.slotCount());
        return memoryMap;
    }

    /** True when the device (its name, modules or capacity per GPU) changed since the last layout. */
    public boolean needsLayout(HostView host) {
        return host.device().moduleCount() != layoutModules || device == null
                || !device.name.equals(host.device().name()) || capacity(host) != layoutCapacity
                || stripFor(host) != layoutStrip;
    }

    private static HostStrip stripFor(HostView host) {
        return host.simulation().settings().offload().isOn() ? HostStrip.SHOWN : HostStrip.HIDDEN;
    }

    private static long capacity(HostView host) {
        return host.simulation().memory().layout().usableBytesPerGpu();
    }

    /** Pulses the die's tiles have made (for tests: it must stand still when paused or under reduced motion). */
    float diePhase() {
        return diePhase;
    }

    /** The step's operations per second as a share of the achieved peak, as the die shows it (for tests). */
    float computeBusy() {
        return computeBusy;
    }

    /** Whether no particle is in flight (for tests: none leave behind the cluster view). */
    boolean noParticlesInFlight() {
        return particles.isEmpty();
    }

    /** The step's bytes per second as a share of the achieved bandwidth, as the traffic shows it (for tests). */
    float memoryBusy() {
        return memoryBusy;
    }

    /** Particles spawned per second in the last update (for tests). */
    float particleRate() {
        return particleRate;
    }

    /** Edge of one bank on screen (px). */
    public float bankPixels() {
        return banks.bankSize();
    }

}
