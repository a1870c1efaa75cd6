package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.BenchmarkResult;
import java.util.Objects;

/**
 * One base fork and the head fork measured beside it (the next JVM on the same machine), for the
 * same benchmark key: the unit an A/B comparison resamples. Each side is a single-fork result.
 * Immutable.
 *
 * @param base  the base build's fork
 * @param head  the head build's fork, measured right before or after {@code base}
 */
public record ForkPair(BenchmarkResult base, BenchmarkResult head) {

    public ForkPair {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
        if (!base.key().equals(head.key())) {
            throw new IllegalArgumentException("a pair needs one key, got " + base.key().display()
                    + " and " + head.key().display());
        }
    }

    /**
     * The fork's robust statistic: the median of its iteration scores. An intermittent load slows
     * some iterations and not others, and the median of a fork resists it where the mean does not.
     */
    static double forkStatistic(double[] iterationScores) {
        double[] sorted = iterationScores.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
