package dev.perfgate.tracker.compare;

import java.util.List;

/**
 * How a comparison is computed. Immutable.
 *
 * @param thresholds  the practical threshold per key (a default plus per-benchmark rules)
 * @param confidence  two-sided confidence of the ratio's interval, in (0, 1), e.g. 0.99
 * @param resamples   bootstrap resamples per side, at least 100
 * @param seed        the bootstrap's seed: the same seed and data give the same verdicts
 * @param statistics  what to compare; empty means the default (the score, and for SampleTime
 *                    also p50 and p99)
 */
public record CompareSettings(Thresholds thresholds, double confidence, int resamples, long seed,
        List<Statistic> statistics) {

    public static final double DEFAULT_CONFIDENCE = 0.99;
    public static final int DEFAULT_RESAMPLES = 10_000;
    public static final long DEFAULT_SEED = 42;

    public CompareSettings {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples must be >= 100, was " + resamples);
        }
        statistics = List.copyOf(statistics);
    }

    /** The defaults with a uniform threshold (a fraction, 0.05 = 5 %). */
    public static CompareSettings defaults(double threshold) {
        return new CompareSettings(Thresholds.uniform(threshold), DEFAULT_CONFIDENCE, DEFAULT_RESAMPLES,
                DEFAULT_SEED, List.of());
    }
}
