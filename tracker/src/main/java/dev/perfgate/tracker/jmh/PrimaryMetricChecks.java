package dev.perfgate.tracker.jmh;

import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.ScoreUnit;
import java.util.List;

/**
 * The checks on an entry's {@code primaryMetric} beyond types: its unit suits the mode, its
 * samples are not all zero, and JMH's score is the mean of its raw data. Stateless.
 */
final class PrimaryMetricChecks {

    /** Agreement {@code primaryMetric.score} must have with the mean of the raw data: the corpus test's tolerance. */
    static final double SCORE_TOLERANCE = 0.001;

    private PrimaryMetricChecks() {}

    /** The primary unit must be one JMH writes, of the kind the mode measures (a swapped mode shows here). */
    static void unit(EntryFields fields, Mode mode, String unit) {
        String mismatch = ScoreUnit.mismatch(mode, unit);
        if (mismatch != null) {
            throw fields.invalid("\"primaryMetric.scoreUnit\" " + mismatch);
        }
    }

    /**
     * JMH's score is the mean of the raw data (sample mode: of every sample). One that disagrees means
     * one of the two was altered, and which is true cannot be told: perfgate compares the raw data,
     * so it refuses rather than gate on numbers JMH did not summarise. An absent or "NaN" score is
     * not checked.
     */
    static void score(EntryFields fields, double score, double mean, String raw) {
        if (Double.isNaN(score)) {
            return;
        }
        if (!(Math.abs(score - mean) <= SCORE_TOLERANCE * Math.abs(mean))) {
            throw fields.invalid("\"primaryMetric.score\" is " + score + " but the mean of \"primaryMetric." + raw
                    + "\" is " + mean + ": JMH's score is that mean, so one of them was altered");
        }
    }

    /** The mean of every sample (each iteration weighted by its count); all samples zero is refused. */
    static double sampleMean(EntryFields fields, List<LatencySamples.Pending> samples) {
        double sum = 0;
        double count = 0;
        for (LatencySamples.Pending iteration : samples) {
            long total = 0;
            for (long n : iteration.counts()) {
                total += n;
            }
            sum += iteration.score() * total;
            count += total;
        }
        if (count > 0 && sum == 0) {
            throw fields.invalid("\"primaryMetric.rawDataHistogram\": every sample is zero: nothing was measured,"
                    + " and no ratio to it exists");
        }
        return sum / count;
    }
}
