package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Bytes per operation are their own gate, judged apart from the noisy time. */
class AllocationGateTest {

    private static final BenchmarkKey KEY = SyntheticRuns.key("alloc", Mode.THROUGHPUT);

    /** One fork a side: the time alone could never give a firm verdict here, 2 % noise and only 3 iterations. */
    private static BenchmarkResult result(long seed, String name, double bytesPerOp, double error) {
        BenchmarkResult time = SyntheticRuns.scores(KEY, "ops/ms", 1000, 2, 3, 0.05, 0.02, new SplittableRandom(seed));
        return new BenchmarkResult(KEY, time.unit(), time.iterations(), null,
                new TreeMap<>(Map.of(name, new SecondaryMetric(name, bytesPerOp, error, "B/op"))));
    }

    private static Comparison compare(BenchmarkResult base, BenchmarkResult now) {
        return new Comparer(new CompareSettings(Thresholds.uniform(0.05), 0.99, 1000, 42, List.of()))
                .compare(SyntheticRuns.run(base), SyntheticRuns.run(now));
    }

    private static BenchmarkComparison allocation(Comparison comparison) {
        return comparison.benchmarks().stream().filter(c -> c.statistic() == Statistic.ALLOCATION)
                .findFirst().orElseThrow();
    }

    @Test
    void zeroToTwentyFourBytesFailsWhileTheTimeIsInconclusive() {
        Comparison comparison = compare(result(1, "gc.alloc.rate.norm", 0, 0.001),
                result(2, "gc.alloc.rate.norm", 24, 0.001));
        BenchmarkComparison time = comparison.benchmarks().stream().filter(c -> c.statistic() == Statistic.MEAN)
                .findFirst().orElseThrow();
        assertThat(time.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(allocation(comparison).verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(comparison.has(Verdict.REGRESSION)).isTrue();
        assertThat(OutputFormat.TEXT.render(comparison)).contains("regression: alloc +∞");
    }

    @Test
    void theOldDottedNameIsReadToo() {
        Comparison comparison = compare(result(1, "\u00b7gc.alloc.rate.norm", 96, 0),
                result(2, "\u00b7gc.alloc.rate.norm", 144, 0));
        assertThat(allocation(comparison).verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(allocation(comparison).slowdown()).isEqualTo(0.5);
    }

    @Test
    void roundingAndTheScoreErrorAreNoChange() {
        assertThat(allocation(compare(result(1, "gc.alloc.rate.norm", 1000, 0.5), result(2, "gc.alloc.rate.norm", 1008, 0.5)))
                .verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(allocation(compare(result(1, "gc.alloc.rate.norm", 0, 0), result(2, "gc.alloc.rate.norm", 8, 0)))
                .verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(allocation(compare(result(1, "gc.alloc.rate.norm", 2000, 0), result(2, "gc.alloc.rate.norm", 1000, 0)))
                .verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void forksThatSettledOnAnotherAllocationLevelAreNoChange() {
        // Measured on unchanged code (perfgate's RS256 validate): every fork of the baseline at 7,673.6 B/op,
        // the next run's at 7,505-7,529, each with a score error of a few bytes. The JIT's choice, not the code's.
        assertThat(allocation(compare(result(1, "gc.alloc.rate.norm", 7673.6, 1.5), result(2, "gc.alloc.rate.norm",
                7521.6, 12.0))).verdict()).isEqualTo(Verdict.UNCHANGED);
        // A real change of that path's size, one more 900-byte buffer an operation, still fails.
        assertThat(allocation(compare(result(1, "gc.alloc.rate.norm", 7673.6, 1.5), result(2, "gc.alloc.rate.norm",
                8573.6, 1.5))).verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void withoutMinusProfGcThereIsNoAllocationVerdict() {
        BenchmarkResult plain = SyntheticRuns.scores(KEY, "ops/ms", 1000, 3, 3, 0.01, 0.01, new SplittableRandom(3));
        assertThat(compare(plain, plain).benchmarks()).noneMatch(c -> c.statistic() == Statistic.ALLOCATION);
    }
}
