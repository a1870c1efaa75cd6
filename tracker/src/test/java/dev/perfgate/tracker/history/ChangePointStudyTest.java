package dev.perfgate.tracker.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.model.BenchmarkResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The accuracy study's machinery on a few seeded series of a real corpus result (fs2: 5 forks × 5
 * iterations): the full study is run by hand (README), not here.
 */
class ChangePointStudyTest {

    private static final ChangePointDetector DETECTOR = new ChangePointDetector(ChangePointSettings.DEFAULTS);

    private static BenchmarkResult real() {
        return ChangePointStudy.results(List.of(JmhCorpus.DIR.resolve("kamilkloch__fs2-benchmark__jmh-result.json")))
                .get(0);
    }

    @Test
    void resampled_runs_keep_the_real_shape_and_carry_the_factor() {
        BenchmarkResult real = real();
        ResampledRuns runs = new ResampledRuns(real, new Random(1));
        BenchmarkResult doubled = runs.next(2.0);
        assertThat(doubled.forkCount()).isEqualTo(real.forkCount());
        assertThat(doubled.iterations()).hasSameSizeAs(real.iterations());
        double realMax = real.iterations().stream().mapToDouble(it -> it.score()).max().orElseThrow();
        double realMin = real.iterations().stream().mapToDouble(it -> it.score()).min().orElseThrow();
        assertThat(doubled.iterations()).allSatisfy(it -> assertThat(it.score()).isBetween(2 * realMin, 2 * realMax));
    }

    @Test
    void resampled_runs_may_draw_more_forks_than_measured_and_refuse_a_negative_count() {
        BenchmarkResult real = real();
        BenchmarkResult wide = new ResampledRuns(real, new Random(1), 12).next(1.0);
        assertThat(wide.forkCount()).isEqualTo(12);
        assertThat(wide.iterations()).hasSize(12 * real.byFork().get(0).size());
        assertThat(new ResampledRuns(real, new Random(1), 0).next(1.0).forkCount()).isEqualTo(real.forkCount());
        assertThatThrownBy(() -> new ResampledRuns(real, new Random(1), -1)).hasMessageContaining("--forks");
    }

    @Test
    void more_forks_a_run_make_a_quieter_series() {
        BenchmarkResult real = real();
        double asMeasured = spread(SyntheticHistory.of(real, 200, i -> 1.0, new Random(5), 0).logs());
        double twentyForks = spread(SyntheticHistory.of(real, 200, i -> 1.0, new Random(5), 20).logs());
        assertThat(twentyForks).isLessThan(asMeasured * 0.75); // 5 → 20 forks: about half, by 1/√forks
    }

    private static double spread(double[] x) {
        double mean = Arrays.stream(x).average().orElseThrow();
        return Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1));
    }

    @Test
    void a_ten_percent_step_in_real_noise_is_found_and_noise_alone_is_not() {
        BenchmarkResult real = real();
        Random random = new Random(7);
        int found = 0;
        for (int s = 0; s < 5; s++) {
            int at = 15 + 6 * s;
            List<Integer> detected = DETECTOR.indices(
                    SyntheticHistory.of(real, 60, SyntheticHistory.step(at, 0.10), random).logs());
            assertThat(detected).as("step at %d", at).hasSize(1);
            assertThat(detected.get(0)).as("step at %d", at).isBetween(at - 2, at + 2);
            found += Math.abs(detected.get(0) - at) <= 1 ? 1 : 0;
            assertThat(DETECTOR.indices(SyntheticHistory.of(real, 60, i -> 1.0, random).logs())).isEmpty();
        }
        assertThat(found).isGreaterThanOrEqualTo(4);
    }

    @Test
    void the_study_prints_every_cell_with_wilson_intervals() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ChangePointStudy(2, 40, 1, ChangePointSettings.DEFAULTS).run(List.of(real()),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("1 real results").contains("| noise |").contains("| step 10 % |")
                .contains("| drift 10 % |").contains("| outlier +50 % |").containsPattern("\\(\\d+/2\\)")
                .contains("steps at runs 10..30").contains("best single split");
    }

    @Test
    void the_best_single_split_is_tallied_within_one_run_of_the_truth() {
        StudyTally tally = new StudyTally();
        tally.add(60, List.of(30), List.of());
        tally.addBestSplit(30, 31);
        tally.add(60, List.of(20), List.of());
        tally.addBestSplit(20, 22);
        assertThat(tally.bestSplitRecall()).startsWith("50.0 %").endsWith("(1/2)");
        assertThat(tally.recall()).startsWith("0.0 %");
    }

    @Test
    void step_runs_are_drawn_inside_their_range_and_bad_ranges_are_refused_naming_the_option() {
        ChangePointStudy.StepRuns runs = ChangePointStudy.StepRuns.parse("50..57");
        Random random = new Random(2);
        for (int i = 0; i < 200; i++) {
            assertThat(runs.draw(random)).isBetween(50, 57);
        }
        assertThat(ChangePointStudy.StepRuns.inside(60)).isEqualTo(new ChangePointStudy.StepRuns(10, 50));
        assertThatThrownBy(() -> ChangePointStudy.StepRuns.parse("57..50")).hasMessageContaining("--step-runs");
        assertThatThrownBy(() -> ChangePointStudy.StepRuns.parse("50")).hasMessageContaining("--step-runs");
    }

    @Test
    void in_one_percent_gaussian_noise_every_step_is_found_by_the_detector_and_the_best_split() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GaussianCeiling(5, 60, 1, ChangePointStudy.StepRuns.inside(60), DETECTOR)
                .run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String row = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("| 1.0 % |"))
                .findFirst().orElseThrow();
        assertThat(row.split("\\(5/5\\)", -1)).hasSize(5); // both steps, detector and best split: 5 of 5 each
    }

    @Test
    void tallies_count_hits_within_one_run() {
        StudyTally tally = new StudyTally();
        tally.add(60, List.of(30), List.of(31, 45));
        assertThat(tally.found).isEqualTo(1);
        assertThat(tally.reportedTrue).isEqualTo(1);
        assertThat(tally.recall()).startsWith("100.0 %");
        assertThat(tally.precision()).startsWith("50.0 %");
        assertThat(tally.perThousandRuns()).startsWith("16.67");
        tally.add(60, List.of(10), List.of(12));
        assertThat(tally.recall()).startsWith("50.0 %").endsWith("(1/2)");
    }
}
