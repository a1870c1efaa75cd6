package dev.perfgate.tracker.ab;

import dev.perfgate.tracker.compare.SequentialLooks;
import dev.perfgate.tracker.compare.Thresholds;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How an A/B runs and decides. Immutable.
 *
 * @param thresholds  practical thresholds per key
 * @param looks       first look, most pairs, and the confidence, controlled over all looks
 * @param budget      wall time after which no new pair starts; what is undecided then stays INCONCLUSIVE
 * @param seed        fixes the run order and the bootstrap
 * @param resamples   bootstrap resamples per look
 * @param mode        whether a pair's two forks run one after the other or at once on two cores
 * @param duetCpus    the two CPUs a duet pins its forks to (ignored when interleaved)
 */
public record AbSettings(Thresholds thresholds, SequentialLooks looks, Duration budget, long seed, int resamples,
        AbMode mode, List<Integer> duetCpus) {

    /** The CPUs a duet uses unless told otherwise. */
    public static final List<Integer> DEFAULT_DUET_CPUS = List.of(0, 1);

    public AbSettings {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(looks, "looks");
        Objects.requireNonNull(mode, "mode");
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the budget must be positive, was " + budget);
        }
        duetCpus = List.copyOf(duetCpus);
        if (duetCpus.size() != 2 || duetCpus.get(0).equals(duetCpus.get(1))
                || duetCpus.stream().anyMatch(cpu -> cpu < 0)) {
            throw new IllegalArgumentException("a duet needs two different CPU numbers, was " + duetCpus);
        }
    }

    /** An interleaved A/B. */
    public AbSettings(Thresholds thresholds, SequentialLooks looks, Duration budget, long seed, int resamples) {
        this(thresholds, looks, budget, seed, resamples, AbMode.INTERLEAVED, DEFAULT_DUET_CPUS);
    }
}
