package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.HistoryStore;
import dev.perfgate.tracker.store.StoredResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Trends from the history database: each key's stored runs, the current run last (appended when
 * it was compared without being recorded) and flagged when any of its statistics regressed, and
 * the baseline's score as the dashed line. Thread-safe: {@link HistoryStore} serialises its
 * queries.
 */
public final class StoreTrends implements TrendSource {

    private final HistoryStore store;

    public StoreTrends(HistoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The stored run a comparison's current side is, when it was read from a JMH file that was
     * ingested before (README's flow: ingest, then compare the same file): its commit, branch and
     * id then show at the top of the report. The comparison unchanged when no stored run matches.
     */
    public Comparison withStoredCurrent(Comparison comparison) {
        if (comparison.current() == null || comparison.current().id() > 0) {
            return comparison;
        }
        return comparison.benchmarks().stream().filter(c -> c.current() != null).findFirst()
                .flatMap(c -> store.history(c.key()).stream()
                        .filter(s -> HistoryTrend.sameMeasurement(s.result(), c.current()))
                        .reduce((first, second) -> second))
                .map(s -> new Comparison(comparison.baseline(), s.run(), comparison.crossEnvironment(),
                        comparison.settings(), comparison.benchmarks(), comparison.drift()))
                .orElse(comparison);
    }

    @Override
    public Optional<TrendChart> trend(BenchmarkKey key, RunInfo currentRun, List<BenchmarkComparison> comparisons) {
        BenchmarkComparison first = comparisons.get(0);
        StoredResult current = first.current() == null || currentRun == null ? null
                : new StoredResult(currentRun, first.current());
        boolean regressed = comparisons.stream().anyMatch(c -> c.verdict() == Verdict.REGRESSION);
        double baseline = comparisons.stream()
                .filter(c -> c.statistic() == Statistic.MEAN && Double.isFinite(c.baselineValue()))
                .mapToDouble(BenchmarkComparison::baselineValue).findFirst().orElse(Double.NaN);
        return HistoryTrend.of(key, store.history(key), current, regressed, first.unit(), baseline);
    }
}
