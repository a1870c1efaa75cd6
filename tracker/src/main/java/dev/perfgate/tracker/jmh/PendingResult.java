package dev.perfgate.tracker.jmh;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.util.List;
import java.util.SortedMap;

/**
 * One JMH entry that passed every check, with only its latency histograms (the costly part)
 * still to be built. Exactly one of {@code samples} (sample mode) and {@code scores} is set.
 * Immutable once handed to another thread; {@link #build} may run on any thread.
 */
record PendingResult(BenchmarkKey key, String unit, List<LatencySamples.Pending> samples, List<Iteration> scores,
        JmhSummary jmh, SortedMap<String, SecondaryMetric> secondary) {

    /** Whether {@link #build} has histograms to make. */
    boolean hasSamples() {
        return samples != null;
    }

    /** The result, its histograms built on the calling thread. */
    BenchmarkResult build() {
        List<Iteration> iterations = samples == null ? scores
                : samples.stream().map(LatencySamples.Pending::build).toList();
        return new BenchmarkResult(key, unit, iterations, jmh, secondary);
    }
}
