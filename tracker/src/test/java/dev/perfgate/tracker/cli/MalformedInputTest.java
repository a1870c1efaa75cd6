package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed inputs across {@code ingest}, {@code compare} and {@code baseline save}: every one exits
 * 2 with a message naming the file, the benchmark where there is one, the field and the problem,
 * and leaves the history database's row counts and the baselines directory exactly as they were.
 */
class MalformedInputTest {

    /** Two forks of two iterations, score the mean of rawData, every field JMH 1.37 writes that perfgate reads. */
    static final String GOOD = """
            [{"jmhVersion": "1.37", "benchmark": "a.B.m", "mode": "avgt", "threads": 1, "forks": 2,
              "jvm": "/usr/bin/java", "jvmArgs": ["-Xmx1g"], "jdkVersion": "21", "vmName": "OpenJDK 64-Bit Server VM",
              "vmVersion": "21+35", "warmupIterations": 1, "measurementIterations": 2, "measurementBatchSize": 1,
              "params": {"size": "10"},
              "primaryMetric": {"score": 2.5, "scoreError": 1.0, "scoreUnit": "ns/op", "rawData": [[1, 2], [3, 4]]},
              "secondaryMetrics": {"gc.alloc.rate": {"score": "NaN", "scoreError": "NaN", "scoreUnit": "MB/sec", "rawData": [[], []]}}},
             {"jmhVersion": "1.37", "benchmark": "a.B.sample", "mode": "sample", "threads": 1, "forks": 2,
              "jdkVersion": "21", "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "21+35", "measurementIterations": 1,
              "primaryMetric": {"score": 1.5, "scoreUnit": "us/op", "rawDataHistogram": [[[[1, 2], [2, 2]]], [[[1, 1], [2, 1]]]]}}]
            """;

    /** What each case feeds its malformed file to. */
    enum Target { INGEST, COMPARE, BASELINE_SAVE, MANIFEST }

    @TempDir
    Path dir;

    private Path good;
    private Path baselines;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db/history").toAbsolutePath();
    }

    @BeforeEach
    void storeOneRunAndABaseline() throws IOException {
        good = Files.writeString(dir.resolve("good.json"), GOOD);
        baselines = dir.resolve("baselines");
        CliRun ingest = CliRun.of("ingest", good.toString(), "--db", db());
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        CliRun save = CliRun.of("baseline", "save", "--run", good.toString(), "--dir", baselines.toString());
        assertThat(save.exitCode()).as(save.toString()).isZero();
    }

    static String replace(String from, String to) {
        String json = GOOD.replace(from, to);
        if (json.equals(GOOD)) {
            throw new IllegalArgumentException("case does not change the good file: " + from);
        }
        return json;
    }

    static Arguments jmh(Target target, String name, String json, String... words) {
        return Arguments.of(target, name, (Object) json, words);
    }

    static Arguments manifest(String name, Consumer<ObjectNode> change, String... words) {
        return Arguments.of(Target.MANIFEST, name, change, words);
    }

    static ObjectNode firstBenchmark(ObjectNode root) {
        return (ObjectNode) root.get("benchmarks").get(0);
    }

    static String deep(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static Stream<Arguments> cases() {
        String raw = "[[1, 2], [3, 4]]";
        List<Arguments> cases = new ArrayList<>(List.of(
                jmh(Target.INGEST, "NaN score", replace(raw, "[[1, 2], [3, \"NaN\"]]"),
                        "a.B.m", "primaryMetric.rawData[1][1]", "NaN"),
                jmh(Target.INGEST, "Infinity score", replace(raw, "[[\"Infinity\", 2], [3, 4]]"),
                        "a.B.m", "primaryMetric.rawData[0][0]", "Infinity"),
                jmh(Target.INGEST, "-Infinity score", replace(raw, "[[1, \"-Infinity\"], [3, 4]]"),
                        "a.B.m", "primaryMetric.rawData[0][1]", "Infinity"),
                jmh(Target.INGEST, "1e400 score", replace(raw, "[[1, 2], [1e400, 4]]"),
                        "a.B.m", "primaryMetric.rawData[1][0]", "Infinity"),
                jmh(Target.INGEST, "negative score", replace(raw, "[[1, -2], [3, 4]]"),
                        "a.B.m", "primaryMetric.rawData[0][1]", "negative"),
                jmh(Target.INGEST, "all-zero avgt", replace(raw, "[[0, 0], [0.0, 0]]").replace("\"score\": 2.5", "\"score\": 0"),
                        "a.B.m", "primaryMetric.rawData", "zero"),
                jmh(Target.INGEST, "all-zero sample", replace("[[[[1, 2], [2, 2]]], [[[1, 1], [2, 1]]]]", "[[[[0, 2]]], [[[0, 1]]]]"),
                        "a.B.sample", "rawDataHistogram", "zero"),
                jmh(Target.INGEST, "duplicate mode", replace("\"mode\": \"avgt\",", "\"mode\": \"avgt\", \"mode\": \"thrpt\","),
                        "duplicate", "\"mode\"", "a.B.m"),
                jmh(Target.INGEST, "duplicate rawData", replace("\"rawData\": [[1, 2], [3, 4]]",
                        "\"rawData\": [[1, 2], [3, 4]], \"rawData\": [[9, 9], [9, 9]]"), "duplicate", "\"rawData\"", "a.B.m"),
                jmh(Target.INGEST, "duplicate benchmark", replace("\"benchmark\": \"a.B.m\",", "\"benchmark\": \"a.B.m\", \"benchmark\": \"a.B.x\","),
                        "duplicate", "\"benchmark\""),
                jmh(Target.INGEST, "duplicate param", replace("{\"size\": \"10\"}", "{\"size\": \"10\", \"size\": \"20\"}"),
                        "duplicate", "\"size\"", "a.B.m"),
                jmh(Target.INGEST, "forks 3, 2 arrays", replace("\"forks\": 2,", "\"forks\": 3,"),
                        "a.B.m", "forks", "3", "2 fork"),
                jmh(Target.INGEST, "forks 0, 2 arrays", replace("\"forks\": 2,", "\"forks\": 0,"),
                        "a.B.m", "forks", "0", "2 fork"),
                jmh(Target.INGEST, "ragged forks", replace(raw, "[[1, 2], [3]]").replace("\"measurementIterations\": 2,", ""),
                        "a.B.m", "primaryMetric.rawData[1]", "1 iteration", "2"),
                jmh(Target.INGEST, "measurementIterations 5 with 2 values", replace("\"measurementIterations\": 2,", "\"measurementIterations\": 5,"),
                        "a.B.m", "measurementIterations", "5", "rawData[0]"),
                jmh(Target.INGEST, "histogram 1 fork of 2", replace("[[[[1, 2], [2, 2]]], [[[1, 1], [2, 1]]]]", "[[[[1, 2], [2, 2]]]]"),
                        "a.B.sample", "forks", "2", "rawDataHistogram", "1 fork"),
                jmh(Target.INGEST, "forks a string", replace("\"forks\": 2,", "\"forks\": \"three\","),
                        "a.B.m", "\"forks\"", "three", "integer"),
                jmh(Target.INGEST, "forks negative", replace("\"forks\": 2,", "\"forks\": -1,"),
                        "a.B.m", "\"forks\"", "-1"),
                jmh(Target.INGEST, "measurementIterations a string", replace("\"measurementIterations\": 2,", "\"measurementIterations\": \"two\","),
                        "a.B.m", "\"measurementIterations\"", "two"),
                jmh(Target.INGEST, "empty benchmark name", replace("\"benchmark\": \"a.B.m\"", "\"benchmark\": \"\""),
                        "\"[0].benchmark\"", "empty"),
                jmh(Target.INGEST, "blank benchmark name", replace("\"benchmark\": \"a.B.m\"", "\"benchmark\": \"  \""),
                        "\"[0].benchmark\"", "empty"),
                jmh(Target.INGEST, "unknown unit", replace("\"ns/op\"", "\"furlongs/fortnight\""),
                        "a.B.m", "primaryMetric.scoreUnit", "furlongs/fortnight"),
                jmh(Target.INGEST, "throughput unit for avgt", replace("\"ns/op\"", "\"ops/s\""),
                        "a.B.m", "primaryMetric.scoreUnit", "ops/s", "avgt"),
                jmh(Target.INGEST, "time unit for thrpt", replace("\"mode\": \"avgt\"", "\"mode\": \"thrpt\""),
                        "a.B.m", "primaryMetric.scoreUnit", "ns/op", "thrpt"),
                jmh(Target.INGEST, "score disagrees with rawData", replace("\"score\": 2.5", "\"score\": 250"),
                        "a.B.m", "primaryMetric.score", "250", "2.5"),
                jmh(Target.INGEST, "threads zero", replace("\"threads\": 1, \"forks\": 2,\n  \"jvm\"", "\"threads\": 0, \"forks\": 2,\n  \"jvm\""),
                        "a.B.m", "\"threads\"", "positive integer"),
                jmh(Target.INGEST, "100,000 deep", deep(100_000), "nest", "1000"),
                jmh(Target.INGEST, "2,000-digit number", replace("\"score\": 2.5", "\"score\": " + "9".repeat(2000)),
                        "number", "2000", "digits"),
                jmh(Target.INGEST, "benchmark name over 1000", replace("a.B.m\"", "a.B." + "m".repeat(1200) + "\""),
                        "\"benchmark\"", "1204 characters", "1000"),
                jmh(Target.INGEST, "jmhVersion over 100", replace("\"jmhVersion\": \"1.37\", \"benchmark\": \"a.B.m\"",
                        "\"jmhVersion\": \"" + "1".repeat(150) + "\", \"benchmark\": \"a.B.m\""), "\"jmhVersion\"", "150 characters", "100"),
                jmh(Target.INGEST, "secondary unit over 100", replace("\"MB/sec\"", "\"" + "B".repeat(120) + "\""),
                        "a.B.m", "secondaryMetrics.gc.alloc.rate.scoreUnit", "120 characters", "100"),
                jmh(Target.INGEST, "truncated", GOOD.substring(0, GOOD.length() / 2), "not valid JSON"),
                jmh(Target.COMPARE, "compare: NaN score", replace(raw, "[[1, 2], [3, \"NaN\"]]"),
                        "a.B.m", "primaryMetric.rawData[1][1]", "NaN"),
                jmh(Target.COMPARE, "compare: 1e400 score", replace(raw, "[[1, 2], [1e400, 4]]"),
                        "a.B.m", "primaryMetric.rawData[1][0]", "Infinity"),
                jmh(Target.COMPARE, "compare: duplicate mode", replace("\"mode\": \"avgt\",", "\"mode\": \"avgt\", \"mode\": \"thrpt\","),
                        "duplicate", "\"mode\""),
                jmh(Target.COMPARE, "compare: forks mismatch", replace("\"forks\": 2,", "\"forks\": 3,"), "a.B.m", "forks", "3"),
                jmh(Target.BASELINE_SAVE, "save: NaN score", replace(raw, "[[1, 2], [3, \"NaN\"]]"),
                        "a.B.m", "primaryMetric.rawData[1][1]", "NaN"),
                jmh(Target.BASELINE_SAVE, "save: negative score", replace(raw, "[[1, -2], [3, 4]]"),
                        "a.B.m", "primaryMetric.rawData[0][1]", "negative"),
                jmh(Target.BASELINE_SAVE, "save: unknown unit", replace("\"ns/op\"", "\"furlongs/fortnight\""),
                        "a.B.m", "furlongs/fortnight")));
        cases.addAll(List.of(
                manifest("manifest: NaN iteration", root -> ((ArrayNode) firstBenchmark(root).get("iterations").get(1)).set(2, "NaN"),
                        "manifest.json", "a.B.m", "iterations[1]", "NaN"),
                manifest("manifest: Infinity iteration", root -> ((ArrayNode) firstBenchmark(root).get("iterations").get(0)).set(2, "Infinity"),
                        "manifest.json", "a.B.m", "iterations[0]", "Infinity"),
                manifest("manifest: negative iteration", root -> ((ArrayNode) firstBenchmark(root).get("iterations").get(0)).set(2, -3.0),
                        "manifest.json", "a.B.m", "iterations[0]", "negative"),
                manifest("manifest: no benchmarks", root -> root.putArray("benchmarks"),
                        "manifest.json", "\"benchmarks\"", "empty"),
                manifest("manifest: benchmarks missing", root -> root.remove("benchmarks"),
                        "manifest.json", "\"benchmarks\""),
                manifest("manifest: unknown unit", root -> firstBenchmark(root).put("unit", "furlongs/fortnight"),
                        "manifest.json", "a.B.m", "furlongs/fortnight"),
                manifest("manifest: unknown mode", root -> firstBenchmark(root).put("mode", "fast"),
                        "manifest.json", "a.B.m", "fast"),
                manifest("manifest: iteration row too short", root -> ((ArrayNode) firstBenchmark(root).get("iterations").get(0)).remove(3),
                        "manifest.json", "a.B.m", "iterations[0]"),
                manifest("manifest: no iterations", root -> firstBenchmark(root).putArray("iterations"),
                        "manifest.json", "a.B.m", "iterations", "empty"),
                manifest("manifest: score a word", root -> ((ArrayNode) firstBenchmark(root).get("iterations").get(0)).set(2, "fast"),
                        "manifest.json", "a.B.m", "iterations[0]", "fast"),
                manifest("manifest: wrong format", root -> root.put("perfgateBaseline", 2),
                        "manifest.json", "format 1")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void refusedWithExitTwoNamingWhatIsWrongAndNothingChanges(Target target, String name, Object input, String[] words)
            throws IOException, SQLException {
        long[] before = rowCounts();
        Path bad = dir.resolve("result.json");
        Path savedTo = dir.resolve("saved");
        CliRun run = switch (target) {
            case INGEST -> {
                Files.writeString(bad, (String) input);
                yield CliRun.of("ingest", good.toString(), bad.toString(), "--db", db());
            }
            case COMPARE -> {
                Files.writeString(bad, (String) input);
                yield CliRun.of("compare", bad.toString(), "--baseline", baselines.toString(), "--db", db());
            }
            case BASELINE_SAVE -> {
                Files.writeString(bad, (String) input);
                yield CliRun.of("baseline", "save", "--run", bad.toString(), "--dir", savedTo.toString(), "--db", db());
            }
            case MANIFEST -> {
                bad = brokenBaseline(castChange(input));
                yield CliRun.of("compare", good.toString(), "--baseline", bad.getParent().toString(), "--db", db());
            }
        };

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).contains(bad.toString());
        for (String word : words) {
            assertThat(run.err()).as(run.toString()).contains(word);
        }
        assertThat(run.err()).as(run.toString()).doesNotContain("Exception").doesNotContain("SQL statement");
        assertThat(run.out()).as(run.toString()).isEmpty();
        assertThat(rowCounts()).as("rows of run and benchmark_result, bytes of iteration blocks").containsExactly(before);
        assertThat(savedTo).doesNotExist();
    }

    @SuppressWarnings("unchecked")
    private static Consumer<ObjectNode> castChange(Object input) {
        return (Consumer<ObjectNode>) input;
    }

    /** A copy of the good baseline with its manifest changed; returns the manifest's path. */
    private Path brokenBaseline(Consumer<ObjectNode> change) throws IOException {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.copy(baselines.resolve("default/histograms.hlog"), broken.resolve("histograms.hlog"));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(baselines.resolve("default/manifest.json").toFile());
        change.accept(root);
        return Files.writeString(broken.resolve("manifest.json"), mapper.writeValueAsString(root));
    }

    private long[] rowCounts() throws SQLException {
        try (Connection connection = DriverManager.getConnection(db() + ";IFEXISTS=TRUE");
                Statement statement = connection.createStatement()) {
            String[] queries = {"SELECT COUNT(*) FROM run", "SELECT COUNT(*) FROM benchmark_result",
                "SELECT COALESCE(SUM(OCTET_LENGTH(iterations)), 0) FROM benchmark_result"};
            long[] counts = new long[queries.length];
            for (int i = 0; i < queries.length; i++) {
                try (ResultSet rs = statement.executeQuery(queries[i])) {
                    rs.next();
                    counts[i] = rs.getLong(1);
                }
            }
            return counts;
        }
    }
}
