package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.RunInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * Decides what a report shows for a comparison: the forest plot of every measured key, and per
 * key its latency distribution (when both sides have SampleTime histograms) and its history
 * trend (when the {@link TrendSource} has one). Draws nothing itself. Immutable and thread-safe
 * when its trend source is.
 */
public final class ReportBuilder {

    private final TrendSource trends;
    private final ChangeNotes notes;

    public ReportBuilder(TrendSource trends) {
        this(trends, ChangeNotes.none());
    }

    /** {@code notes} says, beside each regression, whether main's history already shows a change near it. */
    public ReportBuilder(TrendSource trends, ChangeNotes notes) {
        this.trends = Objects.requireNonNull(trends, "trends");
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    public Report build(Comparison comparison) {
        return build(defaultTitle(comparison), comparison);
    }

    public Report build(String title, Comparison comparison) {
        List<ForestRow> rows = ForestRows.of(comparison);
        double threshold = comparison.settings().thresholds().defaultThreshold();
        ForestPlot forest = rows.isEmpty() ? null
                : new ForestPlot("Current vs baseline: " + rows.size() + " comparisons", ForestRows.RATIO_LABEL,
                        ForestRows.note(comparison.settings().confidence(), threshold), threshold, rows);
        List<BenchmarkCharts> benchmarks = new ArrayList<>();
        byKey(comparison).forEach((key, outcomes) -> benchmarks.add(
                new BenchmarkCharts(key, outcomes.get(0).verdict(), charts(key, comparison.current(), outcomes))));
        List<HistoryNote> historyNotes = new ArrayList<>();
        benchmarks.stream().filter(b -> b.verdict() == Verdict.REGRESSION)
                .forEach(b -> notes.note(b.key()).ifPresent(text -> historyNotes.add(new HistoryNote(b.key(), text))));
        return new Report(title, comparison, forest, benchmarks, historyNotes);
    }

    private List<ReportChart> charts(BenchmarkKey key, RunInfo currentRun, List<BenchmarkComparison> outcomes) {
        List<ReportChart> charts = new ArrayList<>();
        BenchmarkComparison first = outcomes.get(0);
        Optional<Histogram> baseline = MergedLatencies.of(first.baseline());
        Optional<Histogram> current = MergedLatencies.of(first.current());
        if (baseline.isPresent() && current.isPresent()) {
            charts.add(new PercentileChart(key, baseline.get(), current.get()));
        }
        trends.trend(key, currentRun, outcomes).ifPresent(charts::add);
        return charts;
    }

    /** The comparison's outcomes grouped by key, keys in order of their most severe outcome. */
    private static Map<BenchmarkKey, List<BenchmarkComparison>> byKey(Comparison comparison) {
        Map<BenchmarkKey, List<BenchmarkComparison>> byKey = new LinkedHashMap<>();
        for (BenchmarkComparison c : comparison.benchmarks()) {
            byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        return byKey;
    }

    static String defaultTitle(Comparison comparison) {
        return "perfgate: " + describe(comparison.current(), "current run") + " vs "
                + describe(comparison.baseline(), "baseline");
    }

    private static String describe(RunInfo run, String fallback) {
        if (run == null) {
            return fallback;
        }
        if (run.label() != null && !run.label().isBlank()) {
            return run.label();
        }
        if (run.commit() != null && !run.commit().isBlank()) {
            String commit = run.commit().length() > 10 ? run.commit().substring(0, 10) : run.commit();
            return run.branch() == null ? commit : run.branch() + "@" + commit;
        }
        return run.id() > 0 ? fallback + " #" + run.id() : fallback;
    }
}
