package dev.perfgate.calibration;

import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The running score of one study cell: how many comparisons the CI gate called positive. In the
 * A/A cell a positive is any decisive verdict (REGRESSION or IMPROVEMENT) on any compared statistic:
 * the gate would have cried wolf. In an A/B cell a positive is a REGRESSION on any statistic: the
 * gate would have caught the injected slowdown. Not thread-safe (the study is sequential).
 */
public final class CellTally {

    private final StudyCell cell;
    private final List<Double> detectable = new ArrayList<>();
    private int trials;
    private int positives;

    public CellTally(StudyCell cell) {
        this.cell = cell;
    }

    public void add(Comparison comparison) {
        trials++;
        boolean positive = cell.isAa()
                ? comparison.has(Verdict.REGRESSION) || comparison.has(Verdict.IMPROVEMENT)
                : comparison.has(Verdict.REGRESSION);
        if (positive) {
            positives++;
        }
        comparison.benchmarks().stream().mapToDouble(c -> c.smallestDetectableChange()).min()
                .ifPresent(detectable::add);
    }

    public StudyCell cell() {
        return cell;
    }

    public int trials() {
        return trials;
    }

    public int positives() {
        return positives;
    }

    /** One table row: cell, what counts, rate and its 95 % Wilson interval, median detectable change. */
    public String row() {
        if (trials == 0) {
            return String.format(Locale.ROOT, "| %-10s | %-16s | %3d | –   | –               | – |", cell.label(), what(), 0);
        }
        WilsonInterval wilson = WilsonInterval.of95(positives, trials);
        double median = detectable.stream().sorted().skip(detectable.size() / 2).findFirst().orElse(Double.NaN);
        return String.format(Locale.ROOT, "| %-10s | %-16s | %3d | %3d/%-3d = %5.1f%% | [%5.1f%%, %5.1f%%] | %.1f%% |",
                cell.label(), what(), trials, positives, trials, 100.0 * positives / trials,
                100 * wilson.low(), 100 * wilson.high(), 100 * median);
    }

    private String what() {
        return cell.isAa() ? "false positives" : "detections";
    }
}
