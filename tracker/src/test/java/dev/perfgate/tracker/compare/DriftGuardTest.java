package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The drift guard on runs of known truth: the machine slows every benchmark, references included,
 * by a known factor; one benchmark may also have a real slowdown of its own.
 */
class DriftGuardTest {

    private static final String[] REFERENCES = {"RefCpu", "RefHash", "RefCas"};
    private static final String[] BENCHMARKS = {"parse", "verify", "sign", "encode", "breaker"};

    /** A run where every time is multiplied by {@code machine}, and {@code slowed} by {@code real} on top. */
    private static Run run(long seed, double machine, String slowed, double real, Mode mode) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BenchmarkResult> results = new ArrayList<>();
        for (String name : concat(REFERENCES, BENCHMARKS)) {
            double time = 100 * machine * (name.equals(slowed) ? real : 1);
            double score = mode.higherIsBetter() ? 1e3 / time : time;
            String unit = mode.higherIsBetter() ? "ops/ms" : "us/op";
            results.add(SyntheticRuns.scores(SyntheticRuns.key(name, mode), unit, score, 5, 5, 0.01, 0.01, random));
        }
        return SyntheticRuns.run(results.toArray(BenchmarkResult[]::new));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Comparison compare(Run baseline, Run current, boolean withReferences) {
        Thresholds thresholds = Thresholds.uniform(0.05);
        if (withReferences) {
            thresholds = thresholds.withReferences(List.of("*.Bench.Ref*"));
        }
        return new Comparer(new CompareSettings(thresholds, 0.99, 2000, 42, List.of())).compare(baseline, current);
    }

    private static Verdict verdictOf(Comparison comparison, String name) {
        return comparison.benchmarks().stream().filter(c -> c.key().shortName().endsWith("." + name))
                .findFirst().orElseThrow().verdict();
    }

    @Test
    void withoutReferencesAUniformMachineSlowdownLooksLikeRegressions() {
        // The failure the guard exists for: this is what compare said before it knew about the machine.
        Comparison comparison = compare(run(1, 1.0, "", 1, Mode.AVERAGE_TIME), run(2, 1.2, "", 1, Mode.AVERAGE_TIME),
                false);
        assertThat(comparison.counts().get(Verdict.REGRESSION)).isEqualTo(REFERENCES.length + BENCHMARKS.length);
        assertThat(comparison.drift().moved()).isFalse();
    }

    @Test
    void aUniformMachineSlowdownIsNoRegression() {
        for (Mode mode : List.of(Mode.AVERAGE_TIME, Mode.THROUGHPUT)) {
            for (long seed = 1; seed <= 10; seed++) {
                Comparison comparison = compare(run(seed, 1.0, "", 1, mode), run(seed + 100, 1.2, "", 1, mode), true);
                assertThat(comparison.has(Verdict.REGRESSION)).as("%s seed %d", mode, seed).isFalse();
                assertThat(comparison.drift().moved()).isTrue();
                assertThat(comparison.drift().slowdown()).isBetween(0.15, 0.25);
                for (String reference : REFERENCES) {
                    assertThat(verdictOf(comparison, reference)).isEqualTo(Verdict.MACHINE_DRIFT);
                }
            }
        }
    }

    @Test
    void aRealSlowdownUnderAMachineSlowdownIsStillFound() {
        for (Mode mode : List.of(Mode.AVERAGE_TIME, Mode.THROUGHPUT)) {
            for (long seed = 1; seed <= 10; seed++) {
                Comparison comparison = compare(run(seed, 1.0, "", 1, mode),
                        run(seed + 100, 1.2, "verify", 1.15, mode), true);
                assertThat(verdictOf(comparison, "verify")).as("%s seed %d", mode, seed).isEqualTo(Verdict.REGRESSION);
                assertThat(comparison.counts().get(Verdict.REGRESSION)).as("%s seed %d", mode, seed).isEqualTo(1);
                BenchmarkComparison verify = comparison.benchmarks().stream()
                        .filter(c -> c.key().shortName().endsWith(".verify")).findFirst().orElseThrow();
                assertThat(verify.slowdown()).isBetween(0.10, 0.20);
            }
        }
    }

    @Test
    void referencesTooNoisyToShowTheMachineSteadyStillStopAUniformSlowdownFromFailingTheGate() {
        // The references vary 30 % fork to fork: their drift interval is wide, so nothing shows the
        // machine stayed put, and a 25 % uniform slowdown must not come out as regressions.
        for (long seed = 1; seed <= 10; seed++) {
            Comparison comparison = compare(noisyReferences(seed, 1.0), noisyReferences(seed + 100, 1.25), true);
            assertThat(comparison.drift().moved()).as("seed %d", seed).isTrue();
            assertThat(comparison.has(Verdict.REGRESSION)).as("seed %d", seed).isFalse();
        }
    }

    /** Quiet benchmarks (1 % noise) beside references with 30 % noise between forks, all times × {@code machine}. */
    private static Run noisyReferences(long seed, double machine) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BenchmarkResult> results = new ArrayList<>();
        for (String name : REFERENCES) {
            results.add(SyntheticRuns.scores(SyntheticRuns.key(name, Mode.AVERAGE_TIME), "us/op", 100 * machine, 5, 5,
                    0.30, 0.01, random));
        }
        for (String name : BENCHMARKS) {
            results.add(SyntheticRuns.scores(SyntheticRuns.key(name, Mode.AVERAGE_TIME), "us/op", 100 * machine, 5, 5,
                    0.01, 0.01, random));
        }
        return SyntheticRuns.run(results.toArray(BenchmarkResult[]::new));
    }

    @Test
    void aQuietMachineLeavesVerdictsAlone() {
        Comparison comparison = compare(run(1, 1.0, "", 1, Mode.AVERAGE_TIME),
                run(2, 1.0, "verify", 1.15, Mode.AVERAGE_TIME), true);
        assertThat(comparison.drift().moved()).isFalse();
        assertThat(comparison.has(Verdict.MACHINE_DRIFT)).isFalse();
        assertThat(verdictOf(comparison, "verify")).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void everyFormatSaysTheMachineMoved() {
        Comparison comparison = compare(run(1, 1.0, "", 1, Mode.AVERAGE_TIME), run(2, 1.2, "", 1, Mode.AVERAGE_TIME),
                true);
        assertThat(OutputFormat.TEXT.render(comparison)).containsPattern("MACHINE MOVED: the machine moved \\+1[5-9]\\.|MACHINE MOVED: the machine moved \\+2[0-4]\\.");
        assertThat(OutputFormat.MARKDOWN.render(comparison)).contains("**Machine moved:**");
        assertThat(OutputFormat.JSON.render(comparison)).contains("\"moved\" : true");
        assertThat(OutputFormat.JUNIT.render(comparison)).doesNotContain("<failure");
    }
}
