package dev.perfgate.tracker.ab;

import dev.perfgate.tracker.compare.SequentialLooks;
import dev.perfgate.tracker.compare.Thresholds;
import java.time.Duration;
import java.util.Objects;

/**
 * How an A/B runs and decides. Immutable.
 *
 * @param thresholds  practical thresholds per key
 * @param looks       first look, most pairs, and the confidence, controlled over all looks
 * @param budget      wall time after which no new pair starts; what is undecided then stays INCONCLUSIVE
 * @param seed        fixes the run order and the bootstrap
 * @param resamples   bootstrap resamples per look
 */
public record AbSettings(Thresholds thresholds, SequentialLooks looks, Duration budget, long seed, int resamples) {

    public AbSettings {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(looks, "looks");
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the budget must be positive, was " + budget);
        }
    }
}
