package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Gate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report directory shows: the comparison (summary and table), the forest plot when
 * anything was measured on both sides, and each benchmark's charts in the comparison's order
 * (most severe first). Built by {@link ReportBuilder}, written by {@link ReportWriter}. Immutable.
 *
 * @param title       the report's heading
 * @param comparison  what was compared
 * @param forest      the overview chart, or {@code null} when no key was measured on both sides
 * @param benchmarks  per-key charts, most severe first
 * @param gate          what fails the gate, for the pass/fail line and exit code at the top
 * @param uncharted     keys measured on both sides whose charts were left out to keep the report small
 * @param historyNotes  for each regression, what main's history says near it (empty without a history)
 */
public record Report(String title, Comparison comparison, ForestPlot forest, List<BenchmarkCharts> benchmarks,
        Gate gate, int uncharted, List<HistoryNote> historyNotes) {

    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(gate, "gate");
        benchmarks = List.copyOf(benchmarks);
        historyNotes = List.copyOf(historyNotes);
    }

    /** A report of the default gate (fails on regressions) with every key's charts and no history notes. */
    public Report(String title, Comparison comparison, ForestPlot forest, List<BenchmarkCharts> benchmarks) {
        this(title, comparison, forest, benchmarks, Gate.REGRESSION, 0, List.of());
    }

    public Optional<ForestPlot> overview() {
        return Optional.ofNullable(forest);
    }

    /** Every chart, the overview first: the order the files are rendered and listed in. */
    public List<ReportChart> charts() {
        List<ReportChart> all = new ArrayList<>();
        overview().ifPresent(all::add);
        benchmarks.forEach(b -> all.addAll(b.charts()));
        return all;
    }
}
