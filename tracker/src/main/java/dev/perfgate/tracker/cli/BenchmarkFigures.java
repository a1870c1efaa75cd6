package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.jmh.RecomputedStatistics;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code show} prints for one benchmark: the score and, in sample mode, p50, p90, p99,
 * p99.9 and max recomputed from the stored data, each beside JMH's own value. Immutable.
 */
record BenchmarkFigures(BenchmarkKey key, String unit, int forks, int iterations, double jmhError,
                        List<Figure> figures) {

    /** One figure, ours beside JMH's ({@code NaN} where JMH gave none). */
    record Figure(String name, double perfgate, double jmh) {}

    private static final double[] RANKS = {50.0, 90.0, 99.0, 99.9, 100.0};
    private static final String[] NAMES = {"p50", "p90", "p99", "p99.9", "max"};

    static BenchmarkFigures of(BenchmarkResult result) {
        RecomputedStatistics stats = RecomputedStatistics.of(result);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("score", stats.mean(), result.jmh().score()));
        if (result.key().mode() == Mode.SAMPLE_TIME) {
            for (int i = 0; i < RANKS.length; i++) {
                figures.add(new Figure(NAMES[i], stats.percentile(RANKS[i]),
                        result.jmh().percentiles().getOrDefault(RANKS[i], Double.NaN)));
            }
        }
        return new BenchmarkFigures(result.key(), result.unit(), result.forkCount(), result.iterations().size(),
                result.jmh().scoreError(), List.copyOf(figures));
    }
}
