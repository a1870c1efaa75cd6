package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparer;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Thresholds;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Latencies;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;

/** Small, seeded runs and comparisons for the report tests: real data through the real comparer. */
final class ReportFixtures {

    static final Environment ENVIRONMENT =
            new Environment("OpenJDK 64-Bit Server VM", "17", "17", List.of(), "1.37", "Linux", "amd64", "cpu", 2, 0);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ReportFixtures() {}

    static BenchmarkKey key(String benchmark, Mode mode, String... params) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return new BenchmarkKey("dev.perfgate.bench." + benchmark, mode, new TreeMap<>(map), 1);
    }

    /** Latencies around {@code typicalNanos} with a 1 % tail ten times slower. */
    static Histogram latencies(long typicalNanos, int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < samples; i++) {
            double value = typicalNanos * (1 + 0.1 * random.nextDouble());
            if (random.nextDouble() < 0.01) {
                value *= 10;
            }
            histogram.recordValue((long) value);
        }
        return histogram;
    }

    /** A SampleTime result (score in us/op) of 3 forks × 3 iterations. */
    static BenchmarkResult sampled(BenchmarkKey key, long typicalNanos, long seed) {
        List<Iteration> iterations = new ArrayList<>();
        for (int fork = 0; fork < 3; fork++) {
            for (int it = 0; it < 3; it++) {
                Histogram h = latencies(typicalNanos, 2_000, seed * 100 + fork * 10 + it);
                iterations.add(new Iteration(fork, it, h.getMean() / 1000, Latencies.of(h)));
            }
        }
        return result(key, "us/op", iterations);
    }

    /** A score-only result (AverageTime or Throughput) of 3 forks × 3 iterations, ±1 % noise. */
    static BenchmarkResult scored(BenchmarkKey key, String unit, double score, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Iteration> iterations = new ArrayList<>();
        for (int fork = 0; fork < 3; fork++) {
            for (int it = 0; it < 3; it++) {
                iterations.add(new Iteration(fork, it, score * (0.99 + 0.02 * random.nextDouble()), null));
            }
        }
        return result(key, unit, iterations);
    }

    private static BenchmarkResult result(BenchmarkKey key, String unit, List<Iteration> iterations) {
        double mean = iterations.stream().mapToDouble(Iteration::score).average().orElseThrow();
        return new BenchmarkResult(key, unit, iterations, new JmhSummary(mean, Double.NaN, null), null);
    }

    static Run run(long id, String label, BenchmarkResult... results) {
        return new Run(new RunInfo(id, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id * 3600), "abc" + id,
                "main", label, ENVIRONMENT), Arrays.asList(results));
    }

    static Comparison compare(Run baseline, Run current) {
        CompareSettings settings = new CompareSettings(Thresholds.uniform(0.05), 0.99, 200, 42, List.of());
        return new Comparer(settings).compare(baseline, current);
    }

    /** A comparison with one key of each kind: regression (SampleTime), improvement, unchanged, new. */
    static Comparison mixedComparison() {
        BenchmarkKey sample = key("TokenBenchmark.validate", Mode.SAMPLE_TIME, "impl", "perfgate", "alg", "ES256");
        BenchmarkKey avgt = key("HandshakeBenchmark.upgrade", Mode.AVERAGE_TIME);
        BenchmarkKey thrpt = key("BreakerBenchmark.call", Mode.THROUGHPUT, "impl", "resilience4j");
        BenchmarkKey added = key("BudgetBenchmark.deadline", Mode.AVERAGE_TIME);
        Run baseline = run(1, "baseline",
                sampled(sample, 1_000, 1), scored(avgt, "ns/op", 250, 2), scored(thrpt, "ops/s", 1e6, 3));
        Run current = run(2, "pr-42",
                sampled(sample, 1_500, 4), scored(avgt, "ns/op", 250, 5), scored(thrpt, "ops/s", 1.5e6, 6),
                scored(added, "ns/op", 80, 7));
        return compare(baseline, current);
    }

    static BufferedImage png(byte[] bytes) throws IOException {
        if (bytes.length < PNG_SIGNATURE.length
                || !Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            throw new AssertionError("not a PNG: the file does not start with the PNG signature");
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new AssertionError("PNG signature present but ImageIO cannot decode the image");
        }
        return image;
    }
}
