package dev.perfgate.launcher;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * How many iterations a benchmark needs before it is steady, read off a run with no warmup and
 * many measurement iterations. In each fork the plateau is the median of its last two fifths of
 * iterations; the fork is steady from the first iteration {@code j} at which the median of the
 * five iterations centred on {@code j} lies within {@code tolerance} of the plateau. A median of five, not
 * one score, because on a shared machine single iterations swing by tens of percent while the
 * JIT's warmup is a sustained climb (measured: 0.01 → 0.2 → 1.0 of the plateau over 2–4 s for the
 * token validators). A class needs the 90th percentile of its forks' figures over all its keys:
 * the most any one fork needed is what one noisy fork says, and the median would leave a tenth of
 * the forks measured while still warming up. Stateless and thread-safe.
 */
final class WarmupAnalysis {

    /** Iterations whose median must sit on the plateau before the fork counts as steady. */
    static final int WINDOW = 5;

    private WarmupAnalysis() {}

    /** Each fork's iterations to steady, in fork order; 0 for a fork steady from its first iteration. */
    static List<Integer> forkIterationsToSteady(BenchmarkResult result, double tolerance) {
        List<Integer> forks = new ArrayList<>();
        for (List<Iteration> fork : result.byFork()) {
            forks.add(iterationsToSteady(fork.stream().mapToDouble(Iteration::score).toArray(), tolerance));
        }
        return forks;
    }

    /** Iterations of warmup one fork with these scores needed; all of them when it never settled. */
    static int iterationsToSteady(double[] scores, double tolerance) {
        int n = scores.length;
        if (n < 2 * WINDOW) {
            throw new IllegalArgumentException("need at least " + 2 * WINDOW
                    + " iterations to tell warmup from plateau, got " + n);
        }
        double plateau = median(Arrays.copyOfRange(scores, n - n * 2 / 5, n));
        for (int j = 0; j + WINDOW / 2 < n; j++) {
            // centred on j, so a window that is mostly plateau does not call j steady two iterations early
            int from = Math.min(Math.max(0, j - WINDOW / 2), n - WINDOW);
            if (Math.abs(median(Arrays.copyOfRange(scores, from, from + WINDOW)) / plateau - 1) <= tolerance) {
                return j;
            }
        }
        return n;
    }

    /** What a class needs: the 90th percentile (nearest rank) of its forks' iterations to steady. */
    static int classIterationsToSteady(List<Integer> forkFigures) {
        if (forkFigures.isEmpty()) {
            throw new IllegalArgumentException("no fork to read a warmup from");
        }
        List<Integer> sorted = new ArrayList<>(forkFigures);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
