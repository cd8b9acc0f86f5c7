package dev.kvcache.render;

import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.host.HostView;
import dev.kvcache.memory.ClusterLayout;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.memory.StageShares;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.timing.ClusterTraffic;
import dev.kvcache.timing.ServingPerformance;
import dev.kvcache.timing.StepModel;

/**
 * What the cluster scene shows, read from the host: the cluster's layout ({@link ClusterLayout}),
 * each tile's share of its GPUs' memory from the engine's per-stage figures ({@link StageShares})
 * at the blocks the pool holds now, and each link's traffic in a decode step of the batch as
 * {@code report} prices it ({@link ClusterTraffic}: requests of 1,024 + 1,024 tokens). A tile is one
 * GPU, or one node or several when the GPUs are too many to draw each; its fill is then the mean of
 * its GPUs'. Rebuilt when the figures change; an update allocates nothing.
 */
public final class ClusterModel {
    /** GPUs drawn one by one up to this count; past it, a tile per node (or several). */
    public static final int MAX_GPU_TILES = 288;
    /** Slots of the nodes drawn one GPU a tile (a node's GPUs beyond the scenario's drawn empty). */
    public static final int MAX_SLOTS = 2 * MAX_GPU_TILES;
    /**
     * Most tiles drawn at once. At 1,024, 100,000 GPUs drew 962 tiles (about 4,800 quads) and the page
     * ran at 38-41 fps with Chromium's GPU off; at 256 it runs at 52-57, each tile still 40 px or more
     * at 1600x1000.
     */
    public static final int MAX_TILES = 256;
    /** The request shape report uses by default, so the view's traffic is report's. */
    static final long PROMPT = 1024;
    static final long OUTPUT = 1024;

    private final ClusterTraffic traffic = new ClusterTraffic();
    private ScenarioFigures built;
    private ClusterLayout layout;
    private StageShares shares;
    private long capacity = 1;
    /** What one device is called: a Cerebras tile is a wafer, a TPU's a chip. */
    private DeviceUnit unit = DeviceUnit.GPU;
    private int tiles;
    private int gpusPerTile = 1;
    /** Per tile: the mean weights, fixed bytes, slot state and block bytes of its busy GPUs (0 for idle ones). */
    private double[] meanWeights = new double[MAX_TILES];
    private double[] meanSlotState = new double[MAX_TILES];
    private double[] meanBlock = new double[MAX_TILES];
    private double[] busyShare = new double[MAX_TILES];
    /** Per tile this frame: weights, KV and fixed bytes (a GPU's, or the mean of the tile's GPUs). */
    private final long[] weightBytes = new long[MAX_TILES];
    private final long[] kvBytes = new long[MAX_TILES];
    private final long[] fixedBytes = new long[MAX_TILES];
    private double stepSeconds;
    private int decodes;
    private long blocks = -1;
    private int gpusGrownTo;

    /** Follows the host: rebuilds on a new scenario or GPU count, refills the tiles when the pool changed. */
    public void update(HostView host) {
        ScenarioFigures figures = host.figures();
        if (figures != built) {
            rebuild(host, figures);
        }
        MemoryUsage usage = host.simulation().memory();
        gpusGrownTo = host.simulation().settings().gpuCount().isAuto() ? usage.gpuCount() : 0;
        long now = usage.blocksInUse();
        if (now != blocks) {
            blocks = now;
            fill();
        }
    }

    private void rebuild(HostView host, ScenarioFigures figures) {
        built = figures;
        Scenario s = figures.scenario;
        layout = ClusterLayout.of(host.catalog(), s);
        shares = StageShares.of(s);
        capacity = Math.max(1, s.device.usableBytes());
        unit = s.device.unit();
        gpusPerTile = tileSize(layout);
        tiles = (layout.gpus + gpusPerTile - 1) / gpusPerTile;
        for (int t = 0; t < tiles; t++) {
            double w = 0;
            double slot = 0;
            double block = 0;
            int busy = 0;
            int first = t * gpusPerTile;
            int last = Math.min(layout.gpus, first + gpusPerTile);
            for (int g = first; g < last; g++) {
                if (layout.isBusy(g)) {
                    int stage = stageIndex(g);
                    w += shares.weightBytes(stage);
                    slot += shares.kvBytes(stage, 0);
                    block += shares.blockBytes(stage);
                    busy++;
                }
            }
            int n = last - first;
            meanWeights[t] = w / n;
            meanSlotState[t] = slot / n;
            meanBlock[t] = block / n;
            busyShare[t] = (double) busy / n;
        }
        StepModel model = StepModel.of(s, EngineSpecProvider.timing(s.settings));
        ServingPerformance p = new ServingPerformance(model, s, s.batch, PROMPT, OUTPUT);
        stepSeconds = p.decodeStepSeconds;
        decodes = s.batch;
        traffic.update(layout, model, decodes, 0, stepSeconds);
        blocks = -1;
    }

    /** GPUs per tile: one each while few, else a node (or as many nodes as keep the tiles within {@link #MAX_TILES}). */
    static int tileSize(ClusterLayout layout) {
        if (layout.gpus <= MAX_GPU_TILES && (long) layout.nodes * layout.gpusPerNode <= MAX_SLOTS) {
            return 1;
        }
        int nodesPerTile = (layout.nodes + MAX_TILES - 1) / MAX_TILES;
        return (int) Math.min(Integer.MAX_VALUE, (long) nodesPerTile * layout.gpusPerNode);
    }

    private int stageIndex(int gpu) {
        return Math.min(shares.stages() - 1, layout.stageOf(gpu));
    }

    private void fill() {
        long fixed = shares.fixedBytes();
        for (int t = 0; t < tiles; t++) {
            if (gpusPerTile == 1) {
                boolean busy = layout.isBusy(t);
                int stage = stageIndex(t);
                // One GPU: the engine's own figures for its stage, to the byte.
                weightBytes[t] = busy ? shares.weightBytes(stage) : 0L;
                kvBytes[t] = busy ? shares.kvBytes(stage, blocks) : 0L;
                fixedBytes[t] = busy ? fixed : 0L;
            } else {
                long perGroup = dev.kvcache.units.Saturating.ceilDiv(blocks, shares.blockGroups());
                weightBytes[t] = Math.round(meanWeights[t]);
                kvBytes[t] = Math.round(meanSlotState[t] + meanBlock[t] * perGroup);
                fixedBytes[t] = Math.round(fixed * busyShare[t]);
            }
        }
    }

    /**
     * With an automatic GPU count, the GPUs the simulation has grown to so far (the layout drawn is the
     * one the full context needs); 0 with a fixed count, which the layout already is.
     */
    public int gpusGrownTo() {
        return gpusGrownTo;
    }

    public ClusterLayout layout() {
        return layout;
    }

    public ClusterTraffic traffic() {
        return traffic;
    }

    /** Tiles drawn. */
    public int tiles() {
        return tiles;
    }

    /** GPUs each tile stands for (1: every GPU its own die). */
    public int gpusPerTile() {
        return gpusPerTile;
    }

    /** What one device is called in the caption (GPU, chip or wafer). */
    public DeviceUnit unit() {
        return unit;
    }

    /** Usable bytes of one GPU, against which a tile fills. */
    public long capacityBytes() {
        return capacity;
    }

    /** Weights on the tile's GPU (the mean over its GPUs for a node tile), bytes. */
    public long weightBytes(int tile) {
        return weightBytes[tile];
    }

    /** KV cache on the tile's GPU at the blocks in use now (the mean for a node tile), bytes. */
    public long kvBytes(int tile) {
        return kvBytes[tile];
    }

    /** Workspace and draft on the tile's GPU (the mean for a node tile), bytes. */
    public long fixedBytes(int tile) {
        return fixedBytes[tile];
    }

    /** The pipeline stage of a one-GPU tile (0 for idle GPUs and for node tiles). */
    public int stageOfTile(int tile) {
        return gpusPerTile == 1 ? layout.stageOf(tile) : 0;
    }

    /** True when the one-GPU tile serves a replica (node tiles: when any of their GPUs does). */
    public boolean isBusy(int tile) {
        return gpusPerTile == 1 ? layout.isBusy(tile) : busyShare[tile] > 0;
    }

    /** The decode step the traffic is of, seconds, and its sequences. */
    public double stepSeconds() {
        return stepSeconds;
    }

    public int decodes() {
        return decodes;
    }

    /** True once the first update has run. */
    public boolean isReady() {
        return layout != null;
    }
}
