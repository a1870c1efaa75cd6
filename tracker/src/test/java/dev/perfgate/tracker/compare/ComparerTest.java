package dev.perfgate.tracker.compare;

import static dev.perfgate.tracker.compare.SyntheticRuns.key;
import static dev.perfgate.tracker.compare.SyntheticRuns.run;
import static dev.perfgate.tracker.compare.SyntheticRuns.samples;
import static dev.perfgate.tracker.compare.SyntheticRuns.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComparerTest {

    private static final BenchmarkKey AVGT = key("avgt", Mode.AVERAGE_TIME);
    private static final BenchmarkKey THRPT = key("thrpt", Mode.THROUGHPUT);
    private final Comparer comparer = new Comparer(CompareSettings.defaults(0.05));

    private static BenchmarkComparison only(Comparison comparison) {
        assertThat(comparison.benchmarks()).hasSize(1);
        return comparison.benchmarks().get(0);
    }

    @Test
    void twentyPercentMoreTimeIsARegression() {
        var random = new SplittableRandom(1);
        Run base = run(scores(AVGT, "ns/op", 100, 5, 5, 0.01, 0.01, random));
        Run slower = run(scores(AVGT, "ns/op", 120, 5, 5, 0.01, 0.01, random));
        BenchmarkComparison c = only(comparer.compare(base, slower));
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.ratio()).isCloseTo(1.2, within(0.03));
        assertThat(c.interval().low()).isGreaterThan(1.05).isLessThan(c.ratio());
        assertThat(c.interval().high()).isGreaterThan(c.ratio());
    }

    @Test
    void directionFollowsTheMode() {
        var random = new SplittableRandom(2);
        Run base = run(scores(THRPT, "ops/s", 1000, 5, 5, 0.01, 0.01, random),
                scores(AVGT, "ns/op", 100, 5, 5, 0.01, 0.01, random));
        // 20 % less throughput is worse; 20 % less time is better.
        Run current = run(scores(THRPT, "ops/s", 800, 5, 5, 0.01, 0.01, random),
                scores(AVGT, "ns/op", 80, 5, 5, 0.01, 0.01, random));
        Comparison comparison = comparer.compare(base, current);
        assertThat(comparison.benchmarks()).extracting(BenchmarkComparison::key, BenchmarkComparison::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(THRPT, Verdict.REGRESSION),
                        org.assertj.core.groups.Tuple.tuple(AVGT, Verdict.IMPROVEMENT));
        assertThat(comparison.benchmarks().get(0).slowdown()).isCloseTo(0.25, within(0.03));
    }

    @Test
    void noChangeWithTightDataIsUnchangedAndWithLooseDataInconclusive() {
        var random = new SplittableRandom(3);
        Run base = run(scores(AVGT, "ns/op", 100, 5, 5, 0.002, 0.002, random));
        Run same = run(scores(AVGT, "ns/op", 100, 5, 5, 0.002, 0.002, random));
        assertThat(only(comparer.compare(base, same)).verdict()).isEqualTo(Verdict.UNCHANGED);

        Run noisyBase = run(scores(AVGT, "ns/op", 100, 3, 3, 0.10, 0.05, random));
        Run noisy = run(scores(AVGT, "ns/op", 104, 3, 3, 0.10, 0.05, random));
        BenchmarkComparison c = only(comparer.compare(noisyBase, noisy));
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.smallestDetectableChange()).isGreaterThan(0.10);
    }

    @Test
    void oneForkWithAJitOutlierDoesNotMakeARegression() {
        var random = new SplittableRandom(4);
        Run base = run(scores(AVGT, "ns/op", 100, 3, 5, 0.005, 0.005, random));
        // Fork 0 of the current run got a worse JIT decision: 40 % slower; the other two are unchanged.
        Run current = run(scores(AVGT, "ns/op", 100, 3, 5, 0.005, 0.005, random, 1.4));
        BenchmarkComparison c = only(comparer.compare(base, current));
        assertThat(c.ratio()).isGreaterThan(1.10);
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.interval().low()).isLessThan(1.05);
    }

    @Test
    void aSingleForkIsJudgedOnItsIterationsAndLabelledWeaker() {
        var random = new SplittableRandom(5);
        Run base = run(scores(AVGT, "ns/op", 100, 1, 10, 0, 0.001, random));
        Run current = run(scores(AVGT, "ns/op", 150, 1, 10, 0, 0.001, random));
        BenchmarkComparison c = only(comparer.compare(base, current));
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.singleFork()).isTrue();
        assertThat(c.smallestDetectableChange()).isFinite();
    }

    @Test
    void oneForkOfOneIterationCannotBoundAnything() {
        var random = new SplittableRandom(5);
        Run base = run(scores(AVGT, "ns/op", 100, 1, 1, 0, 0.001, random));
        Run current = run(scores(AVGT, "ns/op", 150, 1, 1, 0, 0.001, random));
        BenchmarkComparison c = only(comparer.compare(base, current));
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.smallestDetectableChange()).isInfinite();
    }

    @Test
    void sampleModeComparesMeanP50AndP99ByDefaultEvenWithHeavyTails() {
        var random = new SplittableRandom(6);
        BenchmarkKey key = key("sample", Mode.SAMPLE_TIME);
        Run base = run(samples(key, 4, 4, 2000, 0.005, random, SyntheticRuns.pareto(1000, random)));
        Run slower = run(samples(key, 4, 4, 2000, 0.005, random, SyntheticRuns.pareto(1300, random)));
        Comparison comparison = comparer.compare(base, slower);
        assertThat(comparison.benchmarks()).extracting(BenchmarkComparison::statistic)
                .containsExactlyInAnyOrder(Statistic.MEAN, Statistic.P50, Statistic.P99);
        BenchmarkComparison p50 = comparison.benchmarks().stream()
                .filter(c -> c.statistic() == Statistic.P50).findFirst().orElseThrow();
        assertThat(p50.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(p50.ratio()).isCloseTo(1.3, within(0.03));
        // Pareto(1000, α=1.5) has its median at 1000·2^(2/3) ns = 1.587 µs; values are reported in the unit.
        assertThat(p50.baselineValue()).isCloseTo(1.587, within(0.03));
    }

    @Test
    void heavyTailedAaComparisonsRarelyCallAnything() {
        // 200 A/A comparisons, 3 forks a side, Pareto samples and fork-to-fork drift: at 99 % confidence
        // and a 2 % threshold the gate may cry wolf in at most ~1 %; allow 3 of 200 for sampling error.
        var random = new SplittableRandom(7);
        BenchmarkKey key = key("aa", Mode.SAMPLE_TIME);
        Comparer strict = new Comparer(new CompareSettings(Thresholds.uniform(0.02), 0.99, 1000, 7, List.of()));
        int decisive = 0;
        for (int trial = 0; trial < 200; trial++) {
            Run a = run(samples(key, 3, 3, 300, 0.01, random, SyntheticRuns.pareto(1000, random)));
            Run b = run(samples(key, 3, 3, 300, 0.01, random, SyntheticRuns.pareto(1000, random)));
            Comparison comparison = strict.compare(a, b);
            if (comparison.has(Verdict.REGRESSION) || comparison.has(Verdict.IMPROVEMENT)) {
                decisive++;
            }
        }
        assertThat(decisive).isLessThanOrEqualTo(3);
    }

    @Test
    void keysOnOneSideAreNewOrMissingNeverACrash() {
        var random = new SplittableRandom(8);
        Run base = run(scores(AVGT, "ns/op", 100, 3, 3, 0.01, 0.01, random));
        Run current = run(scores(THRPT, "ops/s", 100, 3, 3, 0.01, 0.01, random));
        Comparison comparison = comparer.compare(base, current);
        assertThat(comparison.benchmarks()).extracting(BenchmarkComparison::verdict)
                .containsExactly(Verdict.MISSING, Verdict.NEW);
        assertThat(comparison.benchmarks().get(0).ratio()).isNaN();
        assertThat(comparison.has(Verdict.REGRESSION)).isFalse();
    }

    @Test
    void anotherEnvironmentMarksEveryVerdict() {
        var random = new SplittableRandom(9);
        Environment other = new Environment("OpenJDK 64-Bit Server VM", "21", "21.0.2", List.of(), "1.37",
                "Linux", "amd64", "Other CPU", 8, 1L << 34);
        Comparison comparison = comparer.compare(run(scores(AVGT, "ns/op", 100, 3, 3, 0.01, 0.01, random)),
                run(other, scores(AVGT, "ns/op", 100, 3, 3, 0.01, 0.01, random)));
        assertThat(comparison.crossEnvironment()).isTrue();
        assertThat(comparison.benchmarks()).allMatch(BenchmarkComparison::crossEnvironment);
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndUnitsAreReconciled() {
        var random = new SplittableRandom(10);
        Run base = run(scores(AVGT, "us/op", 1.0, 3, 3, 0.02, 0.02, random));
        Run current = run(scores(AVGT, "ns/op", 1100, 3, 3, 0.02, 0.02, random));
        BenchmarkComparison first = only(comparer.compare(base, current));
        BenchmarkComparison again = only(new Comparer(CompareSettings.defaults(0.05)).compare(base, current));
        assertThat(again.interval()).isEqualTo(first.interval());
        assertThat(first.ratio()).isCloseTo(1.1, within(0.05));
        assertThat(first.currentValue()).isCloseTo(1100, within(60.0));
    }

    @Test
    void unitsThatCannotBeReconciledAreAnErrorNamingTheBenchmark() {
        var random = new SplittableRandom(11);
        Run base = run(scores(AVGT, "ns/op", 100, 3, 3, 0.01, 0.01, random));
        Run current = run(scores(AVGT, "ops/s", 100, 3, 3, 0.01, 0.01, random));
        assertThatThrownBy(() -> comparer.compare(base, current))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bench.avgt").hasMessageContaining("ops/s").hasMessageContaining("ns/op");
    }
}
