package dev.perfgate.tracker.model;

import org.HdrHistogram.Histogram;

/**
 * One measurement iteration of one fork: the unit the statistics resample.
 *
 * @param fork       0-based fork index
 * @param iteration  0-based measurement iteration index within the fork (warmup never included)
 * @param score      JMH's score of this iteration, in the result's unit
 * @param latencies  SampleTime only: the iteration's samples in integer nanoseconds (3 significant
 *                   digits); {@code null} in every other mode. Treated as read-only once built.
 */
public record Iteration(int fork, int iteration, double score, Histogram latencies) {

    public Iteration {
        if (fork < 0 || iteration < 0) {
            throw new IllegalArgumentException("fork and iteration are 0-based, got " + fork + "/" + iteration);
        }
    }

    public boolean hasLatencies() {
        return latencies != null;
    }
}
