package dev.kvcache.sim;

/** Lets tests outside this package (the app's randomized input test) check {@link SimInvariants}. */
public final class PublicInvariants {
    private PublicInvariants() {
    }

    public static void check(Simulation sim) {
        SimInvariants.check(sim);
    }
}
