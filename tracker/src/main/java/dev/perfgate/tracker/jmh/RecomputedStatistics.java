package dev.perfgate.tracker.jmh;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.ScoreUnit;
import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * JMH's score and percentiles recomputed from what perfgate stores, with JMH's own definitions,
 * to cross-check stored data against JMH's figures. Sample mode works on the merged latency
 * histograms of all forks (each bucket at its median value, back in the score unit); other modes
 * on the iteration scores. The score is the mean; percentile {@code p} of {@code n} values is
 * JMH's {@code (p/100)·(n+1)}-th smallest, linearly interpolated between neighbours and clamped to
 * min and max ({@code org.openjdk.jmh.util.AbstractStatistics}), not HdrHistogram's nearest rank.
 * Thread-safe (immutable).
 */
public final class RecomputedStatistics {

    private final double[] values;
    private final long[] counts;
    private final long n;

    private RecomputedStatistics(double[] values, long[] counts) {
        this.values = values;
        this.counts = counts;
        this.n = Arrays.stream(counts).sum();
    }

    /** The statistics of one stored result; sample mode uses its histograms when every iteration has one. */
    public static RecomputedStatistics of(BenchmarkResult result) {
        boolean latencies = !result.iterations().isEmpty()
                && result.iterations().stream().allMatch(Iteration::hasLatencies);
        return latencies ? ofHistograms(result) : ofScores(result);
    }

    private static RecomputedStatistics ofScores(BenchmarkResult result) {
        double[] scores = result.iterations().stream().mapToDouble(Iteration::score).sorted().toArray();
        long[] ones = new long[scores.length];
        Arrays.fill(ones, 1);
        return new RecomputedStatistics(scores, ones);
    }

    private static RecomputedStatistics ofHistograms(BenchmarkResult result) {
        Histogram merged = new Histogram(LatencySamples.SIGNIFICANT_DIGITS);
        result.iterations().forEach(iteration -> merged.add(iteration.latencies()));
        double nanosPerUnit = ScoreUnit.timePerOperation(result.unit()).timeNanos();
        int buckets = 0;
        for (HistogramIterationValue ignored : merged.recordedValues()) {
            buckets++;
        }
        double[] values = new double[buckets];
        long[] counts = new long[buckets];
        int i = 0;
        for (HistogramIterationValue bucket : merged.recordedValues()) {
            values[i] = merged.medianEquivalentValue(bucket.getValueIteratedTo()) / nanosPerUnit;
            counts[i++] = bucket.getCountAtValueIteratedTo();
        }
        return new RecomputedStatistics(values, counts);
    }

    /** Number of values (samples in sample mode, iterations otherwise). */
    public long count() {
        return n;
    }

    /** JMH's score: the mean. NaN when there are no values. */
    public double mean() {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * counts[i];
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    public double max() {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    /** Percentile {@code p} in [0, 100], as JMH computes it. */
    public double percentile(double p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be within [0, 100], was " + p);
        }
        if (n == 0) {
            return Double.NaN;
        }
        if (p == 0) {
            return values[0];
        }
        double position = p * (n + 1) / 100;
        double lower = Math.floor(position);
        double below = nth((long) lower);
        double above = nth((long) lower + 1);
        return below + (above - below) * (position - lower);
    }

    /** The k-th smallest value, 1-based; k ≤ 0 gives the minimum, k > n the maximum (as JMH). */
    private double nth(long k) {
        long seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += counts[i];
            if (seen >= k) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
