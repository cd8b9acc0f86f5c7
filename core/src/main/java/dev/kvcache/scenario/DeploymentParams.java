package dev.kvcache.scenario;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ClusterSpec;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.sim.Deployment;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.units.Quantities;
import java.util.Map;

/**
 * The deployment's two named values: {@code dp} (data-parallel replicas, 0 or auto = as many as
 * the preset holds, else 1) and {@code cluster} (a preset id from clusters.json, none to clear). A
 * preset sets its device (with the device's default optimisations unless cb/pa/fa are given, as
 * {@code gpu} does) and the cluster's size, and a notice says what it set.
 */
final class DeploymentParams {
    static final String DP = "dp";
    static final String CLUSTER = "cluster";

    private DeploymentParams() {
    }

    static boolean owns(String name) {
        return DP.equals(name) || CLUSTER.equals(name);
    }

    static void apply(String name, String value, Catalog catalog, SimSettings.Builder b, ParamNotices notices) {
        Deployment now = b.build().deployment();
        if (DP.equals(name)) {
            Long n = "auto".equalsIgnoreCase(value.trim()) ? Long.valueOf(0) : ParamValues.tokens(value);
            if (n == null) {
                notices.notUnderstood(name, value);
                return;
            }
            // Throws past the GPU limit with the field's name: the caller keeps the previous value.
            b.deployment(Deployment.of(n, now.cluster()));
            return;
        }
        String word = value.trim();
        if (word.isEmpty() || "none".equalsIgnoreCase(word) || "0".equals(word)) {
            b.deployment(Deployment.of(now.dp(), ""));
            return;
        }
        ClusterSpec preset = catalog.clusters().find(word);
        if (preset == null) {
            notices.unknownEntry(CLUSTER, name, value);
            return;
        }
        DeviceSpec device = catalog.devices().require(preset.deviceId());
        DeviceDefaults.applyTo(b, device);
        b.deployment(Deployment.of(now.dp(), preset.id()));
        // In the device's own unit: a TPU pod is 256 chips, a CS-3 one wafer ("1 GPUs" it read).
        StringBuilder said = new StringBuilder(120).append("cluster ").append(preset.id()).append(" set the device to ")
                .append(device.name()).append(" and the cluster to ");
        Quantities.grouped(said, preset.gpus()).append(' ').append(device.unit().noun(preset.gpus())).append(" (");
        notices.note(preset.domains(said, preset.gpus() / preset.gpusPerNode()).append(')').toString());
    }

    /** Writes dp and cluster into a link only when set, so every link written before them reads the same. */
    static void format(Deployment d, Map<String, String> link) {
        if (d.dp() > 0) {
            link.put(DP, Integer.toString(d.dp()));
        }
        if (d.hasCluster()) {
            link.put(CLUSTER, d.cluster());
        }
    }
}
