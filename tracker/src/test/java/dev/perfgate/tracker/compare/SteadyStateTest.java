package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** NOT_STEADY on results of known truth: a trend inside every fork, or none. */
class SteadyStateTest {

    private static final BenchmarkKey KEY = SyntheticRuns.key("warming", Mode.THROUGHPUT);

    /** Forks × iterations of 1 % noise around a level that rises by {@code trend} (a fraction) per iteration. */
    private static BenchmarkResult result(int forks, int iterations, double trend, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Iteration> list = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double level = 1000 * (1 + 0.05 * SyntheticRuns.gaussian(random));
            for (int i = 0; i < iterations; i++) {
                list.add(new Iteration(f, i, level * (1 + trend * i) * (1 + 0.01 * SyntheticRuns.gaussian(random)), null));
            }
        }
        return new BenchmarkResult(KEY, "ops/ms", list, null, null);
    }

    @Test
    void aJitStillWarmingInEveryForkIsNotSteady() {
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(SteadyState.trending(result(3, 5, 0.10, seed))).as("seed %d", seed).isTrue();
            assertThat(SteadyState.trending(result(1, 10, 0.05, seed))).as("one fork, seed %d", seed).isTrue();
        }
    }

    @Test
    void flatNoiseIsSteadyAlmostAlways() {
        int flagged = 0;
        for (long seed = 1; seed <= 200; seed++) {
            flagged += SteadyState.trending(result(3, 5, 0, seed)) ? 1 : 0;
            flagged += SteadyState.trending(result(1, 10, 0, seed)) ? 1 : 0;
        }
        // The test's level is 1 %: of 400 flat results about 4 flagged, 12 would be far beyond chance.
        assertThat(flagged).isLessThan(12);
    }

    @Test
    void everyFormatFlagsIt() {
        Comparison comparison = new Comparer(CompareSettings.defaults(0.05))
                .compare(SyntheticRuns.run(result(3, 5, 0, 1)), SyntheticRuns.run(result(3, 5, 0.10, 2)));
        assertThat(OutputFormat.TEXT.render(comparison)).contains("[NOT_STEADY");
        assertThat(OutputFormat.MARKDOWN.render(comparison)).contains("NOT_STEADY");
        assertThat(OutputFormat.JSON.render(comparison)).contains("\"notSteady\" : true");
        assertThat(OutputFormat.JUNIT.render(comparison)).contains("NOT_STEADY");
    }
}
