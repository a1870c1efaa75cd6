package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.DisplayUnit;
import dev.perfgate.tracker.compare.Gate;
import dev.perfgate.tracker.compare.Statistic;
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

    /**
     * The most rows the forest plot draws (most severe first): 390 rows made a 10,000-pixel image
     * nobody reads; the table lists every row.
     */
    static final int MAX_FOREST_ROWS = 60;
    /** The most keys that get charts of their own, most severe first: each is two charts. */
    static final int MAX_CHARTED_KEYS = 30;

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
        return build(defaultTitle(comparison), comparison, Gate.REGRESSION);
    }

    public Report build(Comparison comparison, Gate gate) {
        return build(defaultTitle(comparison), comparison, gate);
    }

    public Report build(String title, Comparison comparison) {
        return build(title, comparison, Gate.REGRESSION);
    }

    public Report build(String title, Comparison comparison, Gate gate) {
        List<ForestRow> all = ForestRows.of(comparison);
        List<ForestRow> rows = all.subList(0, Math.min(all.size(), MAX_FOREST_ROWS));
        double threshold = comparison.settings().thresholds().defaultThreshold();
        String forestTitle = rows.size() == all.size() ? "Change of every result: " + rows.size() + " comparisons"
                : "Change of the " + rows.size() + " most severe of " + all.size() + " comparisons (the table lists all)";
        ForestPlot forest = rows.isEmpty() ? null
                : new ForestPlot(forestTitle, ForestRows.RATIO_LABEL,
                        ForestRows.note(comparison.settings().confidence(), threshold), threshold, rows);
        List<BenchmarkCharts> benchmarks = new ArrayList<>();
        int uncharted = 0;
        for (var entry : byKey(comparison).entrySet()) {
            List<BenchmarkComparison> outcomes = entry.getValue();
            boolean measured = outcomes.get(0).verdict().measured();
            if (measured && benchmarks.size() >= MAX_CHARTED_KEYS) {
                uncharted++;
                continue;
            }
            benchmarks.add(new BenchmarkCharts(entry.getKey(), outcomes.get(0).verdict(),
                    charts(entry.getKey(), comparison.current(), outcomes)));
        }
        List<HistoryNote> historyNotes = new ArrayList<>();
        // every regression gets its note, charted or not
        byKey(comparison).forEach((key, outcomes) -> {
            if (outcomes.stream().anyMatch(o -> o.verdict() == Verdict.REGRESSION)) {
                notes.note(key).ifPresent(text -> historyNotes.add(new HistoryNote(key, text)));
            }
        });
        return new Report(title, comparison, forest, benchmarks, gate, uncharted, historyNotes);
    }

    private List<ReportChart> charts(BenchmarkKey key, RunInfo currentRun, List<BenchmarkComparison> outcomes) {
        List<ReportChart> charts = new ArrayList<>();
        BenchmarkComparison first = outcomes.get(0);
        Optional<Histogram> baseline = MergedLatencies.of(first.baseline());
        Optional<Histogram> current = MergedLatencies.of(first.current());
        if (baseline.isPresent() && current.isPresent()) {
            charts.add(new PercentileChart(key, baseline.get(), current.get(), LatencyUnit.of(displayUnit(outcomes))));
        }
        trends.trend(key, currentRun, outcomes).ifPresent(charts::add);
        return charts;
    }

    /**
     * The unit a key's times are shown in, in the table and on its latency chart alike: chosen by
     * the score's baseline value (the mean's row), so the chart's axis and the table agree.
     */
    static DisplayUnit displayUnit(List<BenchmarkComparison> outcomes) {
        BenchmarkComparison score = outcomes.stream().filter(c -> c.statistic() == Statistic.MEAN).findFirst()
                .orElse(outcomes.get(0));
        return DisplayUnit.of(score);
    }

    /** The comparison's outcomes grouped by key, keys in order of their most severe outcome. */
    static Map<BenchmarkKey, List<BenchmarkComparison>> byKey(Comparison comparison) {
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
