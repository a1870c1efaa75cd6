package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.BenchmarkKey;
import java.util.List;
import java.util.Objects;

/**
 * The charts of one benchmark key in a report (its latency distribution and its history, each
 * when there is data for it) and the most severe verdict of its statistics. Immutable.
 */
public record BenchmarkCharts(BenchmarkKey key, Verdict verdict, List<ReportChart> charts) {

    public BenchmarkCharts {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(verdict, "verdict of " + key.display());
        charts = List.copyOf(charts);
    }
}
