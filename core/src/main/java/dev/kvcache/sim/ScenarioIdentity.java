package dev.kvcache.sim;

/** When two {@link SimSettings} describe the same scenario: every field but the speed agrees (no rebuild needed). */
final class ScenarioIdentity {
    private ScenarioIdentity() {
    }

    static boolean same(SimSettings a, SimSettings b) {
        return a.modelId().equals(b.modelId())
                && a.deviceId().equals(b.deviceId())
                && a.weightPrecision() == b.weightPrecision()
                && a.kvPrecision() == b.kvPrecision()
                && a.batch() == b.batch()
                && a.contextTokens() == b.contextTokens()
                && a.batching() == b.batching()
                && a.paging() == b.paging()
                && a.flash() == b.flash()
                && a.eviction().equals(b.eviction())
                && a.offload().equals(b.offload())
                && a.prefix() == b.prefix()
                && a.weights() == b.weights()
                && a.gpuCount().equals(b.gpuCount())
                && a.seed() == b.seed()
                && a.requestLimit() == b.requestLimit()
                && a.tp() == b.tp()
                && a.pp() == b.pp()
                && a.cp() == b.cp()
                && a.gpuMemoryUtilization() == b.gpuMemoryUtilization()
                && a.speculation().equals(b.speculation())
                && a.bwEfficiency() == b.bwEfficiency()
                && a.flopsEfficiency() == b.flopsEfficiency()
                && a.deployment().equals(b.deployment());
    }
}
