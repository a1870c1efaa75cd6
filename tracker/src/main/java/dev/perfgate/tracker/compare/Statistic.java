package dev.perfgate.tracker.compare;

import java.util.Locale;

/**
 * What is compared between two results of one benchmark key. {@link #MEAN} is the mode's score
 * (JMH's score is an arithmetic mean in every mode); the percentiles need SampleTime histograms.
 * Immutable.
 */
public enum Statistic {
    MEAN("mean", Double.NaN),
    P50("p50", 50.0),
    P90("p90", 90.0),
    P99("p99", 99.0),
    P99_9("p99.9", 99.9),
    /**
     * Bytes allocated per operation ({@code gc.alloc.rate.norm} from {@code -prof gc}), judged by
     * {@link AllocationGate}, not by the bootstrap: allocation is nearly deterministic.
     */
    ALLOCATION("alloc", Double.NaN);

    private final String label;
    private final double percentile;

    Statistic(String label, double percentile) {
        this.label = label;
        this.percentile = percentile;
    }

    /** How people and the command line name it: "mean", "p50", … "p99.9". */
    public String label() {
        return label;
    }

    /** The percentile (0 … 100), or {@code NaN} for {@link #MEAN}. */
    public double percentile() {
        return percentile;
    }

    public boolean isPercentile() {
        return !Double.isNaN(percentile);
    }

    /** Parses a label; throws {@link IllegalArgumentException} naming the value otherwise. */
    public static Statistic parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (Statistic statistic : values()) {
            if (statistic.label.equals(wanted)) {
                return statistic;
            }
        }
        throw new IllegalArgumentException(
                "unknown statistic \"" + text + "\" (expected mean, p50, p90, p99, p99.9 or alloc)");
    }

    @Override
    public String toString() {
        return label;
    }
}
