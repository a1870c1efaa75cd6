package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The main-job study's tally on hand-made records: what counts as judged, exit 1 and decisive. */
class MainJobTallyTest {

    static MainJobRecord judged(int run, int exit, Map<String, Integer> counts, boolean moved) {
        return new MainJobRecord(run, 1L + run, "quick", exit, 1200, 1.0, 2.5, false, "../base/quick-abc", "run-" + run
                + "/judged.json", exit, counts, new MainJobRecord.Drift(0.02, moved, 8), exit == 1
                ? List.of(new MainJobRecord.Regression("a.B.m", "mean", 1.31)) : List.of(), null,
                new MainJobRecord.Time(40, 10 + run, 0.08 + 0.01 * run));
    }

    @Test
    void aBaselineRunAndAFailedRunHaveNoVerdictAndTheDecisiveFractionLeavesOutNewAndMissing() {
        MainJobRecord baseline = new MainJobRecord(1, 2L, "quick", 0, 1190, 0.5, 3.0, true, "../base/quick-abc",
                "run-1/judged.json", null, Map.of(), null, List.of(), "recorded the local baseline", null);
        MainJobRecord failed = new MainJobRecord(2, 3L, "quick", 2, 30, 0.7, 0.9, false, null, null, null, Map.of(),
                null, List.of(), "the main job failed", null);
        MainJobRecord quiet = judged(3, 0, Map.of("UNCHANGED", 70, "INCONCLUSIVE", 8, "MACHINE_DRIFT", 2, "NEW", 5), false);
        MainJobRecord loud = judged(4, 1, Map.of("UNCHANGED", 60, "REGRESSION", 1, "IMPROVEMENT", 4, "INCONCLUSIVE", 15,
                "MISSING", 3), true);

        MainJobTally tally = new MainJobTally(List.of(baseline, failed, quiet, loud));

        assertThat(tally.runs()).isEqualTo(4);
        assertThat(tally.baselineRuns()).isEqualTo(1);
        assertThat(tally.failedRuns()).isEqualTo(1);
        assertThat(tally.judgedRuns()).isEqualTo(2);
        assertThat(tally.exitedOne()).isEqualTo(1);
        assertThat(tally.wouldExitOne()).isEqualTo(1);
        assertThat(tally.driftMoved()).isEqualTo(1);
        assertThat(tally.measured()).isEqualTo(80 + 80);
        assertThat(tally.decisive()).isEqualTo(70 + 65);
        String table = tally.table("study");
        // Wilson 95 % of 1 of 2 is 9.5 %–90.5 %; of 135 of 160, 78.0 %–89.2 %
        assertThat(table).contains("| exited 1 (a REGRESSION): the target is none | 1 of 2 | 50.0 % | 9.5–90.5 % |")
                .contains("| 135 of 160 | 84.4 % | 78.0–89.2 % |")
                .contains("Run 1 recorded the local baseline ../base/quick-abc; it has no verdict.")
                .contains("Run 2 failed (exit 2): the main job failed.")
                .contains("Run 4: REGRESSION a.B.m mean, ratio 1.310.")
                .contains("load average at the runs' starts and ends: 0.5 to 3.0.")
                // runs 3 and 4: 13 + 14 of 80 time comparisons; medians detectable 11 % and 12 %
                .contains("| decisive time comparisons (every statistic but allocation) | 27 of 80 | 33.8 % |")
                .contains("Median smallest detectable time change a run: 11.0 % to 12.0 %");
        assertThat(tally.timeMeasured()).isEqualTo(80);
        assertThat(tally.timeDecisive()).isEqualTo(27);
    }

    @Test
    void aRejudgedRunWithoutARegressionNoLongerWouldExitOneThoughItsMainJobDid() {
        MainJobRecord rejudged = judged(1, 1, Map.of("UNCHANGED", 10, "MACHINE_DRIFT", 1), true);

        MainJobTally tally = new MainJobTally(List.of(rejudged));

        assertThat(tally.exitedOne()).isEqualTo(1);
        assertThat(tally.wouldExitOne()).isZero();
    }

    @Test
    void noJudgedRunGivesDashesNotAnError() {
        MainJobTally tally = new MainJobTally(List.of());

        assertThat(tally.table("empty")).contains("| exited 1 (a REGRESSION): the target is none | 0 of 0 | – | – |");
    }
}
