package dev.perfgate.launcher;

import java.util.Map;

/**
 * Warmup per benchmark class, so that every class is measured at steady state: the quick profile's
 * single 200 ms warmup iteration is too short for a class whose JIT takes longer to settle, and a
 * baseline of a JIT still warming up is not a baseline. The figures are the iterations of 200 ms
 * each class's slowest key needed to reach its plateau, measured by {@link WarmupStudy}; a
 * profile warms each class up for at least that long, and never less than the profile's own
 * warmup. Classes not listed keep the profile's warmup. Immutable and thread-safe.
 */
final class WarmupPlan {

    /** Iterations of 200 ms to steady state, per class (simple name), from the WarmupStudy run in docs/warmup.md. */
    static final Map<String, Integer> ITERATIONS_TO_STEADY = Map.of();

    private WarmupPlan() {}

    /** Warmup iterations {@code profile} runs for benchmark class {@code simpleName}, at the profile's iteration time. */
    static int warmupIterations(Profile profile, String simpleName) {
        return warmupIterations(profile, simpleName, ITERATIONS_TO_STEADY);
    }

    static int warmupIterations(Profile profile, String simpleName, Map<String, Integer> iterationsToSteady) {
        if (profile == Profile.SMOKE) {
            return profile.warmupIterations(); // its numbers mean nothing; it only proves the pipeline runs
        }
        int needed = iterationsToSteady.getOrDefault(simpleName, 0);
        long neededMillis = needed * 200L;
        long perIteration = profile.warmupMillis();
        int iterations = (int) ((neededMillis + perIteration - 1) / perIteration);
        return Math.max(profile.warmupIterations(), iterations);
    }
}
