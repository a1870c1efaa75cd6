package dev.perfgate.launcher;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import java.util.Arrays;
import java.util.List;

/**
 * How many iterations a benchmark needs before it is steady, read off a run with no warmup and
 * many measurement iterations. In each fork the plateau is the median of the second half of its
 * iterations (by construction "after warmup"); the fork was still warming up at iteration {@code
 * j} of the first half when the median of iterations {@code j-1..j+1} is more than {@code
 * tolerance} off the plateau. The fork needs one iteration more than the last such {@code j}; the
 * benchmark needs the most any fork needed. A median of three, not one score, so that one
 * iteration a busy machine slowed does not count as warmup. Stateless and thread-safe.
 */
final class WarmupAnalysis {

    private WarmupAnalysis() {}

    /** Iterations of warmup {@code result} needed, 0 when it was steady from the start. */
    static int iterationsToSteady(BenchmarkResult result, double tolerance) {
        int needed = 0;
        for (List<Iteration> fork : result.byFork()) {
            double[] scores = fork.stream().mapToDouble(Iteration::score).toArray();
            needed = Math.max(needed, iterationsToSteady(scores, tolerance));
        }
        return needed;
    }

    static int iterationsToSteady(double[] scores, double tolerance) {
        int n = scores.length;
        if (n < 6) {
            throw new IllegalArgumentException("need at least 6 iterations to tell warmup from plateau, got " + n);
        }
        double plateau = median(Arrays.copyOfRange(scores, n / 2, n));
        int needed = 0;
        for (int j = 0; j < n / 2; j++) {
            double window = median(Arrays.copyOfRange(scores, Math.max(0, j - 1), j + 2));
            if (Math.abs(window / plateau - 1) > tolerance) {
                needed = j + 1;
            }
        }
        return needed;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
