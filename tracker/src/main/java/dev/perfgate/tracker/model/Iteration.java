package dev.perfgate.tracker.model;

import org.HdrHistogram.Histogram;

/**
 * One measurement iteration of one fork: the unit the statistics resample.
 *
 * @param fork       0-based fork index
 * @param iteration  0-based measurement iteration index within the fork (warmup never included)
 * @param score      JMH's score of this iteration, in the result's unit
 * @param samples    SampleTime only: the iteration's samples in integer nanoseconds (3 significant
 *                   digits), compressed or decoded (see {@link Latencies}); {@code null} in every
 *                   other mode
 */
public record Iteration(int fork, int iteration, double score, Latencies samples) {

    public Iteration {
        if (fork < 0 || iteration < 0) {
            throw new IllegalArgumentException("fork and iteration are 0-based, got " + fork + "/" + iteration);
        }
    }

    public boolean hasLatencies() {
        return samples != null;
    }

    /** The samples as a histogram (decoded on first use, then shared: treat it as read-only); {@code null} if none. */
    public Histogram latencies() {
        return samples == null ? null : samples.histogram();
    }
}
