package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.IterationScores;
import dev.perfgate.tracker.model.Run;
import java.util.Optional;

/**
 * A stored run about to be compared or saved as a baseline must have scores a comparison can
 * use: runs stored before ingest refused NaN, Infinity and negative scores may still hold them.
 * Stateless.
 */
final class StoredRunCheck {

    private StoredRunCheck() {}

    /** Throws {@link IllegalArgumentException} naming the run, the benchmark and the iteration when a score is unusable. */
    static void require(Run run, String url) {
        for (BenchmarkResult result : run.results()) {
            Optional<String> problem = IterationScores.problem(result);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("run " + run.info().id() + " in " + url + ": benchmark '"
                        + result.key().benchmark() + "' [mode " + result.key().mode().jmhName() + "]: "
                        + problem.get() + " (stored before ingest refused such scores)");
            }
        }
    }
}
