package dev.perfgate.tracker.ab;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * A build of known truth for A/B tests: each benchmark has a true throughput, and the shared
 * {@link Machine} slows every fork by its speed at that moment (the drift) plus noise, whichever
 * build runs. Not thread-safe.
 */
final class SyntheticBuild implements ForkRunner {

    /** The machine both builds share: its speed moves with every fork run on it. */
    static final class Machine {
        final DoubleUnaryOperator speedAtFork;
        final double forkNoise;
        final double iterationNoise;
        final Random random;
        int forks;
        long nanos;
        long nanosPerFork = 1_000_000_000L;

        Machine(DoubleUnaryOperator speedAtFork, double forkNoise, double iterationNoise, long seed) {
            this.speedAtFork = speedAtFork;
            this.forkNoise = forkNoise;
            this.iterationNoise = iterationNoise;
            this.random = new Random(seed);
        }

        long nanoTime() {
            return nanos;
        }
    }

    private final String name;
    private final Machine machine;
    private final Map<String, Double> truth;
    private final Map<String, Double> noiseOf;
    final List<String> forksRun = new ArrayList<>();
    /** The CPU each fork was pinned to, in order. */
    final List<OptionalInt> cpusUsed = new ArrayList<>();

    SyntheticBuild(String name, Machine machine, Map<String, Double> truth) {
        this(name, machine, truth, Map.of());
    }

    /** {@code noiseOf} overrides the machine's fork noise for some benchmarks. */
    SyntheticBuild(String name, Machine machine, Map<String, Double> truth, Map<String, Double> noiseOf) {
        this.name = name;
        this.machine = machine;
        this.truth = truth;
        this.noiseOf = noiseOf;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> benchmarks() {
        return truth.keySet().stream().sorted().toList();
    }

    @Override
    public Run runFork(String benchmark, OptionalInt cpu) {
        synchronized (machine) {
            return fork(benchmark, cpu);
        }
    }

    private Run fork(String benchmark, OptionalInt cpu) {
        cpusUsed.add(cpu);
        forksRun.add(benchmark);
        double speed = machine.speedAtFork.applyAsDouble(machine.forks++);
        machine.nanos += machine.nanosPerFork;
        double forkNoise = noiseOf.getOrDefault(benchmark, machine.forkNoise);
        double forkFactor = Math.exp(machine.random.nextGaussian() * forkNoise);
        List<Iteration> iterations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double score = truth.get(benchmark) * speed * forkFactor
                    * Math.exp(machine.random.nextGaussian() * machine.iterationNoise);
            iterations.add(new Iteration(0, i, score, null));
        }
        BenchmarkKey key = new BenchmarkKey(benchmark, Mode.THROUGHPUT, null, 1);
        BenchmarkResult result = new BenchmarkResult(key, "ops/ms", iterations,
                new JmhSummary(truth.get(benchmark), Double.NaN, null), null);
        return new Run(new RunInfo(0, Instant.EPOCH, null, null, null, null), List.of(result));
    }
}
