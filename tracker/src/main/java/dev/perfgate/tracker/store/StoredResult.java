package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.RunInfo;
import java.util.Objects;

/**
 * One benchmark result from the history, with the run it belongs to. Immutable.
 *
 * @param run     the stored run's info (id, time, commit, environment …)
 * @param result  the result for one benchmark key in that run
 */
public record StoredResult(RunInfo run, BenchmarkResult result) {

    public StoredResult {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(result, "result");
    }
}
