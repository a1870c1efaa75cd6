package dev.perfgate.tracker.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.StoredResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Change points on seeded series of known truth: steps are found where they are, noise and lone outliers are not. */
class ChangePointDetectorTest {

    private static final BenchmarkKey KEY = new BenchmarkKey("x.Bench.run", Mode.AVERAGE_TIME, null, 1);
    private static final ChangePointDetector DETECTOR = new ChangePointDetector(ChangePointSettings.DEFAULTS);

    /** A history of {@code length} runs of 3 forks × 5 iterations, level {@code truth(i)} × 100 ns/op, noise {@code sigma} per iteration. */
    static HistorySeries series(int length, IntToDoubleFunction truth, double sigma, long seed) {
        Random random = new Random(seed);
        List<StoredResult> history = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            List<Iteration> iterations = new ArrayList<>();
            for (int fork = 0; fork < 3; fork++) {
                double forkLevel = Math.exp(random.nextGaussian() * sigma);
                for (int it = 0; it < 5; it++) {
                    iterations.add(new Iteration(fork, it,
                            100 * truth.applyAsDouble(i) * forkLevel * Math.exp(random.nextGaussian() * sigma), null));
                }
            }
            history.add(new StoredResult(new RunInfo(i + 1, Instant.EPOCH.plusSeconds(i), "commit" + i, "main", null, null),
                    new BenchmarkResult(KEY, "ns/op", iterations, new JmhSummary(Double.NaN, Double.NaN, null), null)));
        }
        return HistorySeries.of(KEY, history, "main", Statistic.MEAN);
    }

    @Test
    void a_ten_percent_step_is_found_at_its_run_with_its_size_and_commit() {
        HistorySeries series = series(60, SyntheticHistory.step(30, 0.10), 0.02, 1);
        List<ChangePoint> changes = DETECTOR.detect(series);
        assertThat(changes).hasSize(1);
        ChangePoint change = changes.get(0);
        assertThat(change.index()).isBetween(29, 31);
        assertThat(change.after().run().commit()).isEqualTo("commit" + change.index());
        assertThat(change.before().run().commit()).isEqualTo("commit" + (change.index() - 1));
        assertThat(change.ratio()).isBetween(1.07, 1.13);
        assertThat(change.low()).isLessThan(1.10);
        assertThat(change.high()).isGreaterThan(1.10);
        assertThat(change.pValue()).isLessThan(1e-6);
        assertThat(change.worse(false)).isTrue();
        assertThat(change.runsBefore() + change.runsAfter()).isEqualTo(60);
    }

    @Test
    void two_steps_are_two_change_points() {
        IntToDoubleFunction twoSteps = i -> i < 20 ? 1.0 : i < 45 ? 1.08 : 0.95;
        List<Integer> found = DETECTOR.indices(series(70, twoSteps, 0.015, 2).logs());
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).isBetween(19, 21);
        assertThat(found.get(1)).isBetween(44, 46);
    }

    @Test
    void pure_noise_gives_at_most_one_false_change_point_in_1200_runs() {
        int falses = 0;
        for (long seed = 10; seed < 30; seed++) {
            falses += DETECTOR.indices(series(60, i -> 1.0, 0.03, seed).logs()).size();
        }
        assertThat(falses).isLessThanOrEqualTo(1);
    }

    @Test
    void one_outlying_run_is_not_a_change_however_far_out() {
        for (int at : new int[] {0, 1, 17, 58, 59}) {
            double[] x = series(60, SyntheticHistory.outlier(at, 1.0), 0.02, at).logs();
            assertThat(DETECTOR.indices(x)).as("outlier at %d", at).isEmpty();
        }
    }

    @Test
    void a_step_is_reported_only_once_the_minimum_segment_of_runs_follows_it() {
        // The newest run is 20 % slower: one run is not a level; with three it is one.
        assertThat(DETECTOR.indices(series(41, SyntheticHistory.step(40, 0.20), 0.01, 3).logs())).isEmpty();
        assertThat(DETECTOR.indices(series(43, SyntheticHistory.step(40, 0.20), 0.01, 3).logs())).containsExactly(40);
    }

    @Test
    void the_same_series_gives_the_same_change_points() {
        HistorySeries series = series(80, i -> i < 50 ? 1.0 : 1.05, 0.01, 4);
        assertThat(DETECTOR.detect(series)).isEqualTo(DETECTOR.detect(series));
    }

    @Test
    void the_energy_split_of_an_exact_step_is_the_step() {
        double[] x = new double[20];
        for (int i = 12; i < 20; i++) {
            x[i] = 1;
        }
        EnergySplit.Candidate best = new EnergySplit(x).best(0, 20, 3);
        assertThat(best.index()).isEqualTo(12);
        assertThat(new EnergySplit(x).best(0, 5, 3).index()).isNegative(); // too short for two segments of 3
    }

    @Test
    void the_strongest_split_of_a_noisy_step_is_the_step_and_keeps_the_minimum_segment() {
        Random random = new Random(3);
        double[] x = new double[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.01 * random.nextGaussian() + (i >= 17 ? 0.1 : 0);
        }
        assertThat(SegmentTest.strongestSplit(x, 0, 30, 3)).isEqualTo(17);
        assertThat(SegmentTest.strongestSplit(x, 0, 20, 5)).isEqualTo(15); // 17 would leave 3 runs after
        assertThat(SegmentTest.strongestSplit(x, 0, 5, 3)).isNegative();
    }

    @Test
    void settings_that_cannot_work_are_refused_naming_the_option() {
        assertThatThrownBy(() -> new ChangePointSettings(50, 0.001, 1, 0.99)).hasMessageContaining("--min-segment");
        assertThatThrownBy(() -> new ChangePointSettings(5, 0.001, 3, 0.99)).hasMessageContaining("--window");
        assertThatThrownBy(() -> new ChangePointSettings(50, 0, 3, 0.99)).hasMessageContaining("--max-p");
    }
}
