package dev.perfgate.tracker.bisect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * The main class of the fake JMH jars {@link FakeJmhJarBuilder} makes: {@code -l} lists one
 * benchmark, anything else writes one fork of it as JMH JSON to {@code -rff}, five iterations at
 * the nanoseconds per operation in the jar's {@code speed.txt}, ±0.5 % noise. A JVM that starts in
 * a fraction of a second, so a bisect over real git commits can be tested without building JMH.
 */
public final class FakeJmh {

    private FakeJmh() {}

    public static void main(String[] args) throws IOException {
        if (java.util.Arrays.asList(args).contains("-l")) {
            System.out.println("Benchmarks:\nfake.ParserBenchmark.parse");
            return;
        }
        double nanos;
        try (InputStream speed = FakeJmh.class.getResourceAsStream("/speed.txt")) {
            nanos = Double.parseDouble(new String(speed.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        Path out = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("-rff")) {
                out = Path.of(args[i + 1]);
            }
        }
        Random random = new Random(System.nanoTime());
        StringBuilder raw = new StringBuilder();
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            double score = nanos * (1 + 0.005 * random.nextGaussian());
            sum += score;
            raw.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", score));
        }
        String mean = String.format(Locale.ROOT, "%.6f", sum / 5);
        // The mean of the printed scores, recomputed from them as the tracker does, must match exactly.
        String[] printed = raw.toString().split(", ");
        double exact = 0;
        for (String p : printed) {
            exact += Double.parseDouble(p);
        }
        mean = Double.toString(exact / 5);
        Files.writeString(out, """
                [{"jmhVersion": "1.37", "benchmark": "fake.ParserBenchmark.parse", "mode": "avgt", "threads": 1,
                  "forks": 1, "jvmArgs": [], "jdkVersion": "17", "vmName": "fake", "vmVersion": "17",
                  "primaryMetric": {"score": %s, "scoreError": "NaN", "scoreConfidence": ["NaN", "NaN"],
                    "scoreUnit": "ns/op", "rawData": [[%s]]}, "secondaryMetrics": {}}]
                """.formatted(mean, raw));
    }
}
