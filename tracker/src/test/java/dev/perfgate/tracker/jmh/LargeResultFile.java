package dev.perfgate.tracker.jmh;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a large AverageTime result in JMH 1.37's JSON layout, for timing a big ingest: each
 * benchmark has 2 forks × 5 iterations, a param, percentiles and one secondary metric, and its
 * score is the mean of its raw data, so the file passes every check ingest makes. JDK only, so
 * it runs from the test classes alone:
 *
 * <pre>
 * java -cp tracker/target/test-classes dev.perfgate.tracker.jmh.LargeResultFile /tmp/big.json 20000
 * /usr/bin/time -v java -Xmx512m -jar tracker/target/tracker.jar ingest /tmp/big.json --db jdbc:h2:file:/tmp/big/h
 * </pre>
 *
 * Not thread-safe (a main and one static method).
 */
public final class LargeResultFile {

    private LargeResultFile() {}

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    static void write(Path file, int benchmarks) throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("[\n");
            for (int b = 0; b < benchmarks; b++) {
                double[][] rows = new double[2][5];
                double sum = 0;
                double min = Double.MAX_VALUE;
                double max = 0;
                for (double[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        row[i] = Math.round((90 + 20 * random.nextDouble()) * 1000) / 1000.0;
                        sum += row[i];
                        min = Math.min(min, row[i]);
                        max = Math.max(max, row[i]);
                    }
                }
                out.write(b == 0 ? "" : ",\n");
                out.write(String.format(Locale.ROOT, """
                        {"jmhVersion": "1.37", "benchmark": "dev.example.big.Bench%d.op%d", "mode": "avgt", "threads": 1, \
                        "forks": 2, "jvm": "/usr/bin/java", "jvmArgs": ["-Xmx1g"], "jdkVersion": "21", \
                        "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "21+35", "warmupIterations": 1, \
                        "warmupTime": "1 s", "warmupBatchSize": 1, "measurementIterations": 5, "measurementTime": "1 s", \
                        "measurementBatchSize": 1, "params": {"size": "%d"}, "primaryMetric": {"score": %s, \
                        "scoreError": 1.0, "scoreConfidence": [1, 2], "scorePercentiles": {"0.0": %s, "100.0": %s}, \
                        "scoreUnit": "ns/op", "rawData": [%s, %s]}, "secondaryMetrics": {"gc.alloc.rate": {"score": 1.0, \
                        "scoreError": "NaN", "scoreUnit": "MB/sec", "rawData": [[1, 1, 1, 1, 1], [1, 1, 1, 1, 1]]}}}""",
                        b / 100, b % 100, b % 7, sum / 10, min, max, row(rows[0]), row(rows[1])));
            }
            out.write("\n]\n");
        }
    }

    private static String row(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return text.append(']').toString();
    }
}
