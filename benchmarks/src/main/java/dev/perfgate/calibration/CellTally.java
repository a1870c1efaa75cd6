package dev.perfgate.calibration;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.compare.WilsonInterval;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The running score of one study cell: how many comparisons the CI gate called positive. In the
 * A/A cell a positive is any decisive verdict (REGRESSION or IMPROVEMENT) on any compared statistic:
 * the gate would have cried wolf. In an A/B cell a positive is a REGRESSION on any statistic: the
 * gate would have caught the injected slowdown. Not thread-safe (the study is sequential).
 */
public final class CellTally {

    private final StudyCell cell;
    private final List<Double> detectable = new ArrayList<>();
    private final Map<Statistic, Integer> positivesByStatistic = new EnumMap<>(Statistic.class);
    private int trials;
    private int positives;

    public CellTally(StudyCell cell) {
        this.cell = cell;
    }

    public void add(Comparison comparison) {
        trials++;
        boolean anyPositive = false;
        for (BenchmarkComparison c : comparison.benchmarks()) {
            boolean positive = isPositive(c.verdict());
            anyPositive |= positive;
            positivesByStatistic.merge(c.statistic(), positive ? 1 : 0, Integer::sum);
        }
        if (anyPositive) {
            positives++;
        }
        comparison.benchmarks().stream().mapToDouble(c -> c.smallestDetectableChange()).min()
                .ifPresent(detectable::add);
    }

    /** What the gate would have acted on: a false alarm in the A/A cell, a catch in an A/B cell. */
    private boolean isPositive(Verdict verdict) {
        return verdict == Verdict.REGRESSION || (cell.isAa() && verdict == Verdict.IMPROVEMENT);
    }

    public StudyCell cell() {
        return cell;
    }

    /**
     * The gate's row, then one row per compared statistic as if the gate looked at that one alone:
     * on a shared machine the SampleTime mean measures the machine's load as much as the code.
     */
    public List<String> rows() {
        List<String> rows = new ArrayList<>();
        rows.add(row());
        positivesByStatistic.forEach((statistic, hits) ->
                rows.add(row(String.format(Locale.ROOT, "  only %-5s", statistic.label()), hits, " ")));
        return rows;
    }

    /** One table row: cell, what counts, rate and its 95 % Wilson interval, median detectable change. */
    public String row() {
        if (trials == 0) {
            return String.format(Locale.ROOT, "| %-10s | %-16s | %3d | –   | –               | – |", cell.label(), what(), 0);
        }
        double median = detectable.stream().sorted().skip(detectable.size() / 2).findFirst().orElse(Double.NaN);
        return row(cell.label(), positives, String.format(Locale.ROOT, "%.1f%%", 100 * median));
    }

    private String row(String label, int hits, String detectableChange) {
        WilsonInterval wilson = WilsonInterval.of95(hits, trials);
        return String.format(Locale.ROOT, "| %-10s | %-16s | %3d | %3d/%-3d = %5.1f%% | [%5.1f%%, %5.1f%%] | %s |",
                label, what(), trials, hits, trials, 100.0 * hits / trials,
                100 * wilson.low(), 100 * wilson.high(), detectableChange);
    }

    private String what() {
        return cell.isAa() ? "false positives" : "detections";
    }
}
