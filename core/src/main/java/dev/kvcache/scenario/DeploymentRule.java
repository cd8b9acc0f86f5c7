package dev.kvcache.scenario;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ClusterSpec;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.memory.LayoutPlan;
import dev.kvcache.sim.Deployment;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.units.Quantities;
import java.util.Map;

/**
 * Replicas asked for in a link or option, checked against the model's layout: dp replicas of the
 * replica's GPUs (the fixed layout's, the fixed count, else the fewest that hold the model) must fit
 * the chosen preset and the engine's GPU limit; otherwise dp is refused with a one-line notice and
 * the previous kept.
 */
final class DeploymentRule {
    private DeploymentRule() {
    }

    /** {@code settings} with replicas that fit, else with the previous dp (set on {@code b}) and a notice naming dp. */
    static SimSettings checked(SimSettings settings, SimSettings.Builder b, Map<String, String> values, SimSettings base,
            Catalog catalog, ParamNotices notices) {
        if (settings.deployment().dp() == 0) {
            return settings;
        }
        FiguresForSettings figures = new FiguresForSettings(new ScenarioResolver(catalog));
        String why = whyNot(settings, catalog, figures);
        if (why == null) {
            return settings;
        }
        String cluster = settings.deployment().cluster();
        b.deployment(Deployment.of(base.deployment().dp(), cluster));
        if (whyNot(b.build(), catalog, figures) != null) {
            b.deployment(Deployment.of(0, cluster));
        }
        notices.refused("dp", values.containsKey("dp") ? values.get("dp") : "", why);
        return b.build();
    }

    /** Why {@code settings}' replicas do not fit, naming dp, or null when they do (or dp is automatic). */
    static String whyNot(SimSettings settings, Catalog catalog, FiguresForSettings figures) {
        Deployment d = settings.deployment();
        if (d.dp() == 0) {
            return null;
        }
        long replica = replicaGpus(settings, figures);
        long total = replica * d.dp();
        // In the device's own unit: chips for a TPU pod, wafers for a CS-3.
        DeviceSpec device = catalog.devices().find(settings.deviceId());
        DeviceUnit unit = device != null ? device.unit() : DeviceUnit.GPU;
        String perReplica = "dp " + d.dp() + " x " + Quantities.grouped(replica) + " " + unit.noun(replica)
                + " per replica ";
        if (total > dev.kvcache.sim.Limits.MAX_GPUS) {
            return perReplica + "is " + Quantities.grouped(total) + " " + unit.plural() + ", past the "
                    + Quantities.grouped(dev.kvcache.sim.Limits.MAX_GPUS) + " the engine lays out";
        }
        ClusterSpec preset = d.hasCluster() ? catalog.clusters().find(d.cluster()) : null;
        if (preset != null && total > preset.gpus()) {
            return perReplica + "needs " + Quantities.grouped(total) + " " + unit.plural() + "; cluster " + preset.id()
                    + " has " + Quantities.grouped(preset.gpus());
        }
        return null;
    }

    /** GPUs one replica takes: the fixed layout's, else the fixed count, else the fewest that hold the scenario. */
    static long replicaGpus(SimSettings settings, FiguresForSettings figures) {
        if (settings.hasFixedLayout()) {
            return settings.fixedLayoutGpus();
        }
        if (!settings.gpuCount().isAuto()) {
            return settings.gpuCount().fixedCount();
        }
        LayoutPlan plan = figures.layouts(settings);
        return plan.layoutNeeded().gpus();
    }
}
