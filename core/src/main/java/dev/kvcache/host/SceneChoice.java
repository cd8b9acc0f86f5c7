package dev.kvcache.host;

/**
 * Which scene the centre shows: the single die with its memory banks, or the cluster of every
 * GPU. The cluster appears by itself when the scenario's GPU count grows past one and the die
 * comes back when it falls to one; between those, the key (V) and the button switch them.
 */
public final class SceneChoice {
    /** The two scenes. */
    public enum Scene {
        DIE, CLUSTER
    }

    private Scene shown = Scene.DIE;
    private int lastGpus = 1;

    /** Follows the GPU count in all (every replica's GPUs): past one shows the cluster, one the die. */
    public void follow(int gpus) {
        if (gpus > 1 && lastGpus <= 1) {
            shown = Scene.CLUSTER;
        } else if (gpus <= 1 && lastGpus > 1) {
            shown = Scene.DIE;
        }
        lastGpus = gpus;
    }

    /** Switches between the two; returns the notice to show. */
    public String toggle() {
        shown = shown == Scene.DIE ? Scene.CLUSTER : Scene.DIE;
        return shown == Scene.CLUSTER ? "cluster view: every GPU, its share and the links between them (V: the die)"
                : "die view: the most loaded GPU and its memory banks (V: the cluster)";
    }

    public Scene shown() {
        return shown;
    }

    /** "die" or "cluster", as the state JSON writes it. */
    public String word() {
        return shown == Scene.DIE ? "die" : "cluster";
    }
}
