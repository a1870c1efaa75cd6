package dev.perfgate.tracker.jmh;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic SampleTime result in JMH's JSON layout: {@code benchmarks × forks ×
 * iterations}, each iteration about {@code distinct} (value, count) pairs of a log-normal latency
 * around 20 µs with a slow tail, binned like JMH's sample buffer. Used for the ingest-size test
 * and to measure ingest speed:
 * {@code java -cp tracker/target/test-classes:tracker/target/tracker.jar dev.perfgate.tracker.jmh.SyntheticSampleResult out.json 100 5 10 400}.
 * Deterministic (fixed seed). Not thread-safe.
 */
public final class SyntheticSampleResult {

    private SyntheticSampleResult() {}

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]));
    }

    public static void write(Path file, int benchmarks, int forks, int iterations, int distinct) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("[\n");
            for (int b = 0; b < benchmarks; b++) {
                out.write(b == 0 ? "" : ",\n");
                out.write("    {\n        \"jmhVersion\" : \"1.37\",\n");
                out.write("        \"benchmark\" : \"dev.example.SyntheticBenchmark.op" + b + "\",\n");
                out.write("        \"mode\" : \"sample\",\n        \"threads\" : 1,\n        \"forks\" : " + forks + ",\n");
                out.write("        \"jvm\" : \"java\",\n        \"jvmArgs\" : [ ],\n        \"jdkVersion\" : \"17.0.12\",\n");
                out.write("        \"vmName\" : \"OpenJDK 64-Bit Server VM\",\n        \"vmVersion\" : \"17.0.12+7\",\n");
                out.write("        \"params\" : {\n            \"size\" : \"" + b + "\"\n        },\n");
                out.write("        \"primaryMetric\" : {\n            \"score\" : \"NaN\",\n            \"scoreError\" : 0.1,\n");
                out.write("            \"scoreConfidence\" : [ 19.9, 20.1 ],\n");
                out.write("            \"scorePercentiles\" : {\n                \"50.0\" : 20.0,\n                \"100.0\" : 400.0\n            },\n");
                out.write("            \"scoreUnit\" : \"us/op\",\n            \"rawDataHistogram\" : [\n");
                for (int f = 0; f < forks; f++) {
                    out.write("                [\n");
                    for (int i = 0; i < iterations; i++) {
                        out.write("                    [\n");
                        iteration(out, random, distinct);
                        out.write(i + 1 < iterations ? "                    ],\n" : "                    ]\n");
                    }
                    out.write(f + 1 < forks ? "                ],\n" : "                ]\n");
                }
                out.write("            ]\n        },\n        \"secondaryMetrics\" : {\n        }\n    }");
            }
            out.write("\n]\n");
        }
    }

    private static void iteration(BufferedWriter out, SplittableRandom random, int distinct) throws IOException {
        long previous = -1;
        for (int k = 0; k < distinct; k++) {
            double quantile = (k + 0.5) / distinct;
            double z = Math.sqrt(2) * inverseErf(2 * quantile - 1);
            double nanos = 20_000 * Math.exp(0.25 * z) * (quantile > 0.99 ? 1 + 400 * (quantile - 0.99) : 1);
            long binned = bin(Math.round(nanos));
            if (binned <= previous) {
                binned = previous + Math.max(1, Long.highestOneBit(previous) >> 10);
            }
            previous = binned;
            long count = 1 + random.nextInt(quantile > 0.99 ? 3 : 400);
            out.write(String.format(Locale.ROOT, "                        [ %s, %d ]%s%n",
                    Double.toString(binned / 1000.0), count, k + 1 < distinct ? "," : ""));
        }
    }

    /** JMH keeps about 10 significant bits per sample. */
    private static long bin(long nanos) {
        long step = Math.max(1, Long.highestOneBit(nanos) >> 10);
        return nanos / step * step;
    }

    private static double inverseErf(double x) {
        double a = 0.147;
        double ln = Math.log(1 - x * x);
        double first = 2 / (Math.PI * a) + ln / 2;
        return Math.signum(x) * Math.sqrt(Math.sqrt(first * first - ln / a) - first);
    }
}
