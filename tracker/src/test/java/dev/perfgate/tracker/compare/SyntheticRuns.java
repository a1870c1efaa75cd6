package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Latencies;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import org.HdrHistogram.Histogram;

/** Runs of known truth for the statistics tests: every number here is drawn from a stated distribution. */
final class SyntheticRuns {

    static final Environment HERE = new Environment("OpenJDK 64-Bit Server VM", "17", "17.0.1", List.of("-Xmx1g"),
            "1.37", "Linux", "amd64", "Test CPU", 2, 1L << 30);

    private SyntheticRuns() {}

    static BenchmarkKey key(String name, Mode mode) {
        return new BenchmarkKey("dev.perfgate.synthetic.Bench." + name, mode, new TreeMap<>(Map.of()), 1);
    }

    static Run run(BenchmarkResult... results) {
        return run(HERE, results);
    }

    static Run run(Environment environment, BenchmarkResult... results) {
        return new Run(new RunInfo(0, Instant.parse("2026-01-01T00:00:00Z"), "abc", "main", null, environment),
                List.of(results));
    }

    /**
     * A score-only result: each fork's level is {@code truth × (1 + forkNoise·N(0,1))}, each iteration
     * adds {@code iterationNoise·N(0,1)} relative noise; {@code forkFactors} multiplies chosen forks (JIT outliers).
     */
    static BenchmarkResult scores(BenchmarkKey key, String unit, double truth, int forks, int iterations,
            double forkNoise, double iterationNoise, SplittableRandom random, double... forkFactors) {
        List<Iteration> list = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double factor = f < forkFactors.length ? forkFactors[f] : 1;
            double level = truth * factor * (1 + forkNoise * gaussian(random));
            for (int i = 0; i < iterations; i++) {
                list.add(new Iteration(f, i, level * (1 + iterationNoise * gaussian(random)), null));
            }
        }
        return new BenchmarkResult(key, unit, list, null, null);
    }

    /** A SampleTime result whose samples (ns) come from {@code sample}, scaled per fork by {@code forkNoise}. */
    static BenchmarkResult samples(BenchmarkKey key, int forks, int iterations, int perIteration, double forkNoise,
            SplittableRandom random, DoubleSupplier sample) {
        List<Iteration> list = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double level = 1 + forkNoise * gaussian(random);
            for (int i = 0; i < iterations; i++) {
                Histogram histogram = new Histogram(3);
                for (int s = 0; s < perIteration; s++) {
                    histogram.recordValue(Math.max(1, Math.round(sample.getAsDouble() * level)));
                }
                list.add(new Iteration(f, i, histogram.getMean() / 1000, Latencies.of(histogram)));
            }
        }
        return new BenchmarkResult(key, "us/op", list, null, null);
    }

    /** Pareto (α = 1.5, heavy tail: finite mean, infinite variance) with minimum {@code scale}. */
    static DoubleSupplier pareto(double scale, SplittableRandom random) {
        return () -> scale / Math.pow(1 - random.nextDouble(), 1 / 1.5);
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
