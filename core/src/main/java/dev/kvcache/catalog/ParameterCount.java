package dev.kvcache.catalog;

import java.util.Arrays;

/**
 * Where a model's parameters sit: input embeddings, output head (absent when tied), each decoder
 * layer (and how much of it is routed experts), the final norm and any vision tower. The split
 * lets the engine place them on tensor- and pipeline-parallel ranks. Counts are elements.
 */
public final class ParameterCount {
    /** Whether the output head reuses the input embedding matrix. */
    public enum Embeddings {
        TIED,
        UNTIED
    }

    private final long embedding;
    private final long outputHead;
    private final Embeddings embeddings;
    private final long[] layers;
    private final long[] expertsInLayer;
    private final long finalNorm;
    private final long vision;
    private final long active;

    public ParameterCount(long embedding, long outputHead, Embeddings embeddings, long[] layers,
            long[] expertsInLayer, long finalNorm, long vision, long active) {
        this.embedding = embedding;
        this.outputHead = outputHead;
        this.embeddings = embeddings;
        this.layers = Arrays.copyOf(layers, layers.length);
        this.expertsInLayer = Arrays.copyOf(expertsInLayer, expertsInLayer.length);
        this.finalNorm = finalNorm;
        this.vision = vision;
        this.active = active;
    }

    public long embedding() {
        return embedding;
    }

    /** The output head's own parameters; 0 when tied to the embeddings. */
    public long outputHead() {
        return outputHead;
    }

    public Embeddings embeddings() {
        return embeddings;
    }

    public int layerCount() {
        return layers.length;
    }

    public long layer(int i) {
        return layers[i];
    }

    /** Routed-expert parameters inside layer {@code i} (0 for dense layers). */
    public long expertsInLayer(int i) {
        return expertsInLayer[i];
    }

    public long finalNorm() {
        return finalNorm;
    }

    /** Vision encoder and projector of a multimodal model (0 for text-only models). */
    public long vision() {
        return vision;
    }

    public long layersTotal() {
        long sum = 0;
        for (long p : layers) {
            sum += p;
        }
        return sum;
    }

    public long expertsTotal() {
        long sum = 0;
        for (long p : expertsInLayer) {
            sum += p;
        }
        return sum;
    }

    /** Every parameter the checkpoint holds (language model plus vision tower). */
    public long total() {
        return embedding + outputHead + layersTotal() + finalNorm + vision;
    }

    /** Parameters used per token: all but the experts a token is not routed to. */
    public long active() {
        return active;
    }
}
