package dev.kvcache.render;

import dev.kvcache.catalog.ClusterLink;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.memory.ClusterLayout;
import dev.kvcache.timing.ClusterTraffic;
import dev.kvcache.timing.LinkKind;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.ServingQuantities;

/**
 * The cluster scene's sentences, written when the cluster changes (never per frame): what the
 * GPUs are and how they group, the layout per replica, the busiest link with its bytes per step and
 * utilization, and what a tile stands for.
 */
final class ClusterCaption {
    final StringBuilder cluster = new StringBuilder(160);
    final StringBuilder busiest = new StringBuilder(200);
    final StringBuilder tile = new StringBuilder(120);

    void write(ClusterModel model) {
        ClusterLayout c = model.layout();
        cluster.setLength(0);
        DeviceUnit unit = model.unit();
        Quantities.grouped(cluster, c.gpus).append(' ').append(unit.noun(c.gpus)).append(" in ");
        c.grouping.domains(cluster, c.nodes);
        if (c.preset) {
            cluster.append(" (").append(c.grouping.name()).append(')');
        }
        // Each label keeps its number: at 360 px the caption broke between "dp" and "1".
        char glue = FontCharacters.NO_BREAK_SPACE;
        cluster.append(": tp").append(glue).append(c.tp).append(" x pp").append(glue).append(c.pp).append(" x cp")
                .append(glue).append(c.cp).append(" per replica, dp").append(glue);
        Quantities.grouped(cluster, c.replicas);
        if (c.overflows()) {
            cluster.append("; the replicas need ");
            Quantities.grouped(cluster, c.busyGpus).append(' ').append(unit.noun(c.busyGpus))
                    .append(", more than the preset has");
        } else if (c.busyGpus < c.gpus) {
            cluster.append(", ");
            Quantities.grouped(cluster, c.gpus - c.busyGpus).append(" idle");
        }
        int now = model.gpusGrownTo();
        // The simulation runs one replica: its count against the replica's, not against every replica's
        // GPUs (a preset's 10 replicas of 7 read "7 GPUs in use now" beside 70 tiles all filled).
        if (now > 0 && now < c.replicaGpus) {
            // An automatic count grows as the sequences do: the layout drawn is the one the full context needs.
            cluster.append("; laid out for the full context, ");
            Quantities.grouped(cluster, now).append(' ').append(unit.noun(now))
                    .append(c.replicas > 1 ? " per replica in use now" : " in use now");
        }
        busiest.setLength(0);
        ClusterTraffic t = model.traffic();
        LinkKind kind = t.busiest();
        if (kind == null) {
            busiest.append("no traffic between ").append(unit.plural()).append(": each replica runs on one ")
                    .append(unit.singular());
        } else {
            ClusterLink link = t.link(kind);
            busiest.append("busiest link: ").append(kind.words()).append(" over ").append(link.name).append(", ");
            // "mean": report's steady-state step (requests of 1,024 + 1,024 tokens), not the step the
            // formula prices at the scene's tokens now, which can differ by a few milliseconds.
            Quantities.bytes(busiest, Math.round(t.bytesPerStep(kind))).append(" per ").append(unit.singular())
                    .append(" in a mean decode step of ");
            Quantities.grouped(busiest, model.decodes()).append(model.decodes() == 1 ? " sequence (" : " sequences (");
            Quantities.duration(busiest, model.stepSeconds()).append(')');
            if (link.isKnown()) {
                busiest.append(": ");
                Quantities.percent(busiest, t.utilization(kind)).append(" of ");
                ServingQuantities.bandwidth(busiest, link.gigabytesPerSecond * 1e9);
            } else {
                busiest.append("; its bandwidth is not published");
            }
        }
        tile.setLength(0);
        if (model.gpusPerTile() == 1) {
            tile.append("1 tile = 1 ").append(unit.singular()).append(", filled with its own share");
            if (c.gpus % c.gpusPerNode != 0) {
                tile.append(" (outlines: the ").append(c.grouping.unit()).append("'s other ").append(unit.plural())
                        .append(')');
            }
        } else {
            tile.append("1 tile = ");
            Quantities.grouped(tile, model.gpusPerTile()).append(' ').append(unit.plural()).append(" (");
            c.grouping.domains(tile, model.gpusPerTile() / c.gpusPerNode).append("), filled with their mean");
        }
        tile.append(" of ");
        Quantities.bytes(tile, model.capacityBytes());
    }
}
