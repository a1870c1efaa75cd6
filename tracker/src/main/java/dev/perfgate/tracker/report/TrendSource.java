package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.RunInfo;
import java.util.List;
import java.util.Optional;

/**
 * Where a report gets a benchmark's history trend from (the H2 store in practice). Kept an
 * interface so a report can be drawn without a database, e.g. from two JSON files.
 * Implementations must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface TrendSource {

    /**
     * The trend of {@code key}, given the current run's info (may be {@code null}) and the
     * comparison's outcomes for the key (one per statistic, at least one; they carry the baseline's
     * value, the current result and the verdicts to flag); empty when there is no history to draw.
     */
    Optional<TrendChart> trend(BenchmarkKey key, RunInfo currentRun, List<BenchmarkComparison> comparisons);

    /** No history: the report shows no trend charts. */
    static TrendSource none() {
        return (key, currentRun, comparisons) -> Optional.empty();
    }
}
