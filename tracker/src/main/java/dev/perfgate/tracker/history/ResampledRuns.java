package dev.perfgate.tracker.history;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * New runs of known truth made from one real result: its forks drawn with replacement, then
 * iterations within each drawn fork (the hierarchical bootstrap's two levels), every score
 * multiplied by the factor the synthetic series sets at that position. So a series' noise is that
 * of the real measurement, fork to fork and iteration to iteration. Latency histograms are not
 * carried (the study tracks the score's statistic). A run may draw more forks than the real result
 * has, to project what a history measured with more forks would see: that assumes the real forks
 * stand for every fork the machine could give. Not thread-safe (one {@link Random}).
 */
final class ResampledRuns {

    private final BenchmarkResult real;
    private final List<List<Iteration>> forks;
    private final Random random;
    private final int forksPerRun;

    /** Runs of as many forks as the real result has. */
    ResampledRuns(BenchmarkResult real, Random random) {
        this(real, random, 0);
    }

    /** Runs of {@code forksPerRun} forks each; 0: as many as the real result has. */
    ResampledRuns(BenchmarkResult real, Random random, int forksPerRun) {
        this.real = real;
        this.forks = real.byFork();
        this.random = random;
        if (forks.isEmpty()) {
            throw new IllegalArgumentException(real.key().display() + " has no iterations to resample");
        }
        if (forksPerRun < 0) {
            throw new IllegalArgumentException("--forks must be 0 (as measured) or more, was " + forksPerRun);
        }
        this.forksPerRun = forksPerRun == 0 ? forks.size() : forksPerRun;
    }

    /** One new run, every score times {@code factor}. */
    BenchmarkResult next(double factor) {
        List<Iteration> iterations = new ArrayList<>();
        for (int f = 0; f < forksPerRun; f++) {
            List<Iteration> fork = forks.get(random.nextInt(forks.size()));
            for (int i = 0; i < fork.size(); i++) {
                Iteration drawn = fork.get(random.nextInt(fork.size()));
                iterations.add(new Iteration(f, i, drawn.score() * factor, null));
            }
        }
        return new BenchmarkResult(real.key(), real.unit(), iterations, new JmhSummary(Double.NaN, Double.NaN, null),
                null);
    }
}
