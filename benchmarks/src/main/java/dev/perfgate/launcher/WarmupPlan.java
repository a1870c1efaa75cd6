package dev.perfgate.launcher;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Warmup per benchmark class, so that every class is measured at steady state: the quick profile's
 * single 200 ms warmup iteration is far too short for most classes (the token validators climb
 * from a hundredth of their speed to their plateau over about 4 s), and a baseline of a JIT still
 * warming up is not a baseline. Each class's need is its own {@code @Warmup} annotation, set from
 * the {@link WarmupStudy} run in docs/warmup.md, so that plain JMH runs and {@code tracker ab} see
 * the same figure as the main job. A profile warms each class up for at least that long, in its
 * own iteration length, and never less than its own warmup. Stateless and thread-safe.
 */
final class WarmupPlan {

    private WarmupPlan() {}

    /** Warmup iterations {@code profile} runs for the benchmark {@code entry}, at the profile's iteration time. */
    static int warmupIterations(Profile profile, BenchmarkListEntry entry) {
        return warmupIterations(profile, declaredMillis(entry));
    }

    /** The warmup time the class of {@code entry} declares with {@code @Warmup}; 0 when it declares none. */
    static long declaredMillis(BenchmarkListEntry entry) {
        return entry.getWarmupIterations().hasValue() && entry.getWarmupTime().hasValue()
                ? entry.getWarmupIterations().get() * entry.getWarmupTime().get().convertTo(TimeUnit.MILLISECONDS)
                : 0;
    }

    /** Warmup iterations {@code profile} runs for a class that needs {@code neededMillis} of warmup. */
    static int warmupIterations(Profile profile, long neededMillis) {
        if (profile == Profile.SMOKE) {
            return profile.warmupIterations(); // its numbers mean nothing; it only proves the pipeline runs
        }
        long perIteration = profile.warmupMillis();
        int iterations = (int) ((neededMillis + perIteration - 1) / perIteration);
        return Math.max(profile.warmupIterations(), iterations);
    }
}
