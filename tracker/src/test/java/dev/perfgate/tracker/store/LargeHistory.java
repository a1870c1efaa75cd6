package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Latencies;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Fills a history database with a long synthetic history, for timing {@code history} and
 * {@code compare} against a big store and reading its query plans: {@code runs} runs of
 * {@code benchmarks} benchmarks shaped like this suite's quick profile (3 forks × 3 iterations;
 * every seventh in sample mode with a histogram per iteration), one run an hour. Deterministic.
 *
 * <pre>
 * java -cp tracker/target/test-classes:tracker/target/tracker.jar dev.perfgate.tracker.store.LargeHistory URL 1000 70
 * </pre>
 *
 * Not thread-safe (a main and one static method).
 */
public final class LargeHistory {

    private LargeHistory() {}

    public static void main(String[] args) {
        try (HistoryStore store = HistoryStore.open(args[0])) {
            fill(store, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        }
    }

    static void fill(HistoryStore store, int runs, int benchmarks) {
        SplittableRandom random = new SplittableRandom(7);
        Environment env = new Environment("OpenJDK 64-Bit Server VM", "17.0.15+6", "17.0.15", List.of("-Xmx1g"), "1.37",
                "Linux", "amd64", "AMD EPYC", 2, 24L << 30);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Run> batch = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            List<BenchmarkResult> results = new ArrayList<>();
            for (int b = 0; b < benchmarks; b++) {
                boolean sample = b % 7 == 0;
                BenchmarkKey key = new BenchmarkKey("dev.perfgate.bench.SuiteBenchmark.op" + b,
                        sample ? Mode.SAMPLE_TIME : Mode.AVERAGE_TIME, new TreeMap<>(java.util.Map.of("size", "16")), 1);
                double level = 100 + 10 * b;
                List<Iteration> iterations = new ArrayList<>();
                double sum = 0;
                for (int fork = 0; fork < 3; fork++) {
                    for (int it = 0; it < 3; it++) {
                        double score = level * (1 + 0.02 * random.nextGaussian());
                        sum += score;
                        iterations.add(new Iteration(fork, it, score, sample ? histogram(random, score) : null));
                    }
                }
                results.add(new BenchmarkResult(key, sample ? "us/op" : "ns/op", iterations,
                        new JmhSummary(sum / 9, level * 0.01, new TreeMap<>()), null));
            }
            batch.add(new Run(new RunInfo(0, start.plus(Duration.ofHours(r)), "commit" + r, "main", null, env), results));
            if (batch.size() == 50 || r == runs - 1) {
                store.saveAll(batch);
                batch.clear();
            }
        }
    }

    private static Latencies histogram(SplittableRandom random, double micros) {
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < 200; i++) {
            histogram.recordValueWithCount(Math.max(1, Math.round(micros * 1000 * Math.exp(0.2 * random.nextGaussian()))),
                    1 + random.nextInt(50));
        }
        return Latencies.of(histogram);
    }
}
