package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Interval;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Mode;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What counts as a positive in each kind of cell, for the gate and per statistic. */
class CellTallyTest {

    private static final BenchmarkKey KEY = new BenchmarkKey("x.Bench.op", Mode.SAMPLE_TIME, new TreeMap<>(), 1);

    private static BenchmarkComparison outcome(Statistic statistic, Verdict verdict, double detectable) {
        return new BenchmarkComparison(KEY, "us/op", statistic, 1, 1, 1, Interval.NONE, 0.02, verdict,
                detectable, false, null, null);
    }

    private static Comparison comparison(BenchmarkComparison... outcomes) {
        return new Comparison(null, null, false, CompareSettings.defaults(0.02), List.of(outcomes));
    }

    @Test
    void inAnAaCellAnyDecisiveVerdictIsAFalsePositive() {
        CellTally tally = new CellTally(new StudyCell(0, 3));
        tally.add(comparison(outcome(Statistic.MEAN, Verdict.IMPROVEMENT, 0.05), outcome(Statistic.P50, Verdict.UNCHANGED, 0.04)));
        tally.add(comparison(outcome(Statistic.MEAN, Verdict.INCONCLUSIVE, 0.30), outcome(Statistic.P50, Verdict.REGRESSION, 0.06)));
        tally.add(comparison(outcome(Statistic.MEAN, Verdict.INCONCLUSIVE, 0.20), outcome(Statistic.P50, Verdict.UNCHANGED, 0.08)));

        assertThat(tally.rows()).containsExactly(
                "| A/A        | false positives  |   3 |   2/3   =  66.7% | [ 20.8%,  93.9%] | 6.0% |",
                "|   only mean  | false positives  |   3 |   1/3   =  33.3% | [  6.1%,  79.2%] |   |",
                "|   only p50   | false positives  |   3 |   1/3   =  33.3% | [  6.1%,  79.2%] |   |");
    }

    @Test
    void inAnAbCellOnlyARegressionIsADetection() {
        CellTally tally = new CellTally(new StudyCell(10, 2));
        tally.add(comparison(outcome(Statistic.MEAN, Verdict.IMPROVEMENT, 0.05)));
        tally.add(comparison(outcome(Statistic.MEAN, Verdict.REGRESSION, 0.07)));

        assertThat(tally.row()).isEqualTo("| A/B +10%   | detections       |   2 |   1/2   =  50.0% | [  9.5%,  90.5%] | 7.0% |");
    }

    @Test
    void anEmptyCellPrintsDashes() {
        assertThat(new CellTally(new StudyCell(5, 1)).row())
                .isEqualTo("| A/B +5%    | detections       |   0 | –   | –               | – |");
    }
}
