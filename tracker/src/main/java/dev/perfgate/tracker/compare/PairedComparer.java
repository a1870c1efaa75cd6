package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.RunInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Compares two builds measured interleaved, pair by pair: the A/B counterpart of {@link Comparer}.
 * Each pair's log ratio {@code log(head / base)} of the forks' medians (of iteration scores; for
 * SampleTime of iteration p50s) cancels whatever the
 * machine did to both of them; the mean of those log ratios is the estimate. Its standard error
 * comes from a hierarchical bootstrap that resamples pairs, then iterations within each side of a
 * resampled pair, and the interval is the estimate ± Student t (pairs − 1 degrees of freedom) ×
 * that error, at the per-look confidence of {@link SequentialLooks}. The t widens what a few
 * pairs' bootstrap alone would understate. Immutable and thread-safe.
 */
public final class PairedComparer {

    private final Thresholds thresholds;
    private final SequentialLooks looks;
    private final int resamples;
    private final long seed;

    public PairedComparer(Thresholds thresholds, SequentialLooks looks, int resamples, long seed) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.looks = Objects.requireNonNull(looks, "looks");
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples must be >= 100, was " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /** The verdict on one key from its pairs so far (at least one). */
    public BenchmarkComparison compare(BenchmarkKey key, List<ForkPair> pairs) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException(key.display() + ": no pairs to compare");
        }
        double threshold = thresholds.forKey(key);
        Statistic statistic = statisticOf(pairs);
        double[][] base = scores(pairs, true);
        double[][] head = scores(pairs, false);
        BenchmarkResult baseMerged = merge(pairs, true);
        BenchmarkResult headMerged = merge(pairs, false);
        // Histograms hold nanoseconds; the values are shown in the result's unit.
        double toUnit = statistic == Statistic.P50 ? Comparer.nanosToUnit(headMerged.unit()) : 1;
        double baseValue = medianOfForks(base) * toUnit;
        double headValue = medianOfForks(head) * toUnit;
        int n = pairs.size();
        double[] logRatios = new double[n];
        for (int i = 0; i < n; i++) {
            logRatios[i] = Math.log(ForkPair.forkStatistic(head[i]) / ForkPair.forkStatistic(base[i]));
        }
        double mean = mean(logRatios);
        if (n < 2 || !Double.isFinite(mean)) {
            return new BenchmarkComparison(key, headMerged.unit(), statistic, baseValue, headValue,
                    Math.exp(mean), new Interval(0, Double.POSITIVE_INFINITY), threshold, Verdict.INCONCLUSIVE,
                    Double.POSITIVE_INFINITY, false, baseMerged, headMerged);
        }
        double error = bootstrapError(key, base, head);
        double t = TDistribution.of(n - 1).inverseCumulativeProbability(1 - (1 - looks.perLookConfidence()) / 2);
        double half = t * error;
        Interval interval = new Interval(Math.exp(mean - half), Math.exp(mean + half));
        Verdict verdict = VerdictRule.decide(key.mode(), interval, threshold);
        return new BenchmarkComparison(key, headMerged.unit(), statistic, baseValue, headValue,
                Math.exp(mean), interval, threshold, verdict, VerdictRule.smallestDetectable(threshold, half),
                false, baseMerged, headMerged);
    }

    /** A whole A/B as a {@link Comparison}, so every output format and the chart report read it as they read compare's. */
    public Comparison comparison(RunInfo base, RunInfo head, List<BenchmarkComparison> outcomes) {
        CompareSettings settings = new CompareSettings(thresholds, looks.confidence(), resamples, seed,
                List.of(Statistic.MEAN));
        return new Comparison(base, head, false, settings, outcomes);
    }

    private double bootstrapError(BenchmarkKey key, double[][] base, double[][] head) {
        SplittableRandom random = new SplittableRandom(seed ^ (key.hashCode() * 0x9E3779B97F4A7C15L));
        int n = base.length;
        double sum = 0;
        double sumSquares = 0;
        for (int r = 0; r < resamples; r++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                int pair = random.nextInt(n);
                total += Math.log(resampledMedian(head[pair], random) / resampledMedian(base[pair], random));
            }
            double estimate = total / n;
            sum += estimate;
            sumSquares += estimate * estimate;
        }
        double mean = sum / resamples;
        // The bootstrap of a mean over n units has variance (n-1)/n of the usual estimate: undo that.
        double variance = Math.max(0, sumSquares / resamples - mean * mean) * n / (n - 1);
        return Math.sqrt(variance);
    }

    private static double resampledMedian(double[] scores, SplittableRandom random) {
        double[] drawn = new double[scores.length];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = scores[random.nextInt(scores.length)];
        }
        return ForkPair.forkStatistic(drawn);
    }

    private static double[][] scores(List<ForkPair> pairs, boolean base) {
        double[][] out = new double[pairs.size()][];
        for (int i = 0; i < out.length; i++) {
            BenchmarkResult side = base ? pairs.get(i).base() : pairs.get(i).head();
            out[i] = side.iterations().stream().mapToDouble(PairedComparer::iterationValue).toArray();
            if (out[i].length == 0) {
                throw new IllegalArgumentException(side.key().display() + ": a fork with no measurement iterations");
            }
        }
        return out;
    }

    /**
     * What one iteration contributes: its score, or for SampleTime its histogram's median. A
     * SampleTime score is the iteration's mean latency, which one descheduling of the thread on a
     * loaded machine can multiply; the median of the same samples barely moves.
     */
    private static double iterationValue(Iteration iteration) {
        return usesLatencies(iteration) ? iteration.latencies().getValueAtPercentile(50) : iteration.score();
    }

    private static boolean usesLatencies(Iteration iteration) {
        return iteration.hasLatencies() && iteration.latencies().getTotalCount() > 0;
    }

    /** P50 where every iteration has samples (SampleTime), otherwise the score's own statistic. */
    private static Statistic statisticOf(List<ForkPair> pairs) {
        boolean latencies = pairs.stream().allMatch(p -> p.base().iterations().stream().allMatch(PairedComparer::usesLatencies)
                && p.head().iterations().stream().allMatch(PairedComparer::usesLatencies));
        return latencies ? Statistic.P50 : Statistic.MEAN;
    }

    private static double medianOfForks(double[][] forks) {
        double[] medians = new double[forks.length];
        for (int i = 0; i < forks.length; i++) {
            medians[i] = ForkPair.forkStatistic(forks[i]);
        }
        return ForkPair.forkStatistic(medians);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** One side's forks as one result, fork numbers in pair order, for reports and the store. */
    static BenchmarkResult merge(List<ForkPair> pairs, boolean base) {
        List<Iteration> iterations = new ArrayList<>();
        BenchmarkResult first = base ? pairs.get(0).base() : pairs.get(0).head();
        for (int fork = 0; fork < pairs.size(); fork++) {
            BenchmarkResult side = base ? pairs.get(fork).base() : pairs.get(fork).head();
            for (Iteration it : side.iterations()) {
                iterations.add(new Iteration(fork, it.iteration(), it.score(), it.samples()));
            }
        }
        double mean = iterations.stream().mapToDouble(Iteration::score).average().orElse(Double.NaN);
        // JMH's own summary belongs to one fork; the merged side's is recomputed, with no error JMH did not state.
        return new BenchmarkResult(first.key(), first.unit(), iterations,
                new JmhSummary(mean, Double.NaN, null), null);
    }
}
