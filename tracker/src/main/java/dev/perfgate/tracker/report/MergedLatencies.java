package dev.perfgate.tracker.report;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * A result's latency samples as one distribution: every measurement iteration's histogram added
 * into a new one, as a reader of the chart expects "the run's latencies". Never mutates the
 * result's histograms. Stateless and thread-safe.
 */
final class MergedLatencies {

    private static final int SIGNIFICANT_DIGITS = 3;

    private MergedLatencies() {}

    /** The merged histogram, or empty when the result has no samples (any mode but SampleTime). */
    static Optional<Histogram> of(BenchmarkResult result) {
        if (result == null) {
            return Optional.empty();
        }
        Histogram merged = new Histogram(SIGNIFICANT_DIGITS); // auto-resizing: iterations differ in range
        for (Iteration iteration : result.iterations()) {
            if (iteration.hasLatencies()) {
                merged.add(iteration.latencies());
            }
        }
        return merged.getTotalCount() == 0 ? Optional.empty() : Optional.of(merged);
    }
}
