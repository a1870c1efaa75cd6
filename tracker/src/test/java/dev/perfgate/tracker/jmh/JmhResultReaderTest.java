package dev.perfgate.tracker.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JmhResultReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    /** A JMH entry with the given mode and primaryMetric body; nothing optional besides. */
    static String entry(String benchmark, String mode, String primaryBody) {
        return """
                {"benchmark": "%s", "mode": "%s", "threads": 1,
                 "primaryMetric": {%s}}""".formatted(benchmark, mode, primaryBody);
    }

    @Test
    void readsThroughputWithParamsSecondariesNanAndExponents() throws IOException {
        Path json = file("thrpt.json", """
                [{"jmhVersion": "1.37", "benchmark": "a.B.group", "mode": "thrpt", "threads": 3, "forks": 2,
                  "jvmArgs": ["-Xmx1g"], "jdkVersion": "21", "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "21+35",
                  "params": {"size": "10", "kind": "x y"},
                  "primaryMetric": {"score": 3.39E10, "scoreError": "NaN", "scoreConfidence": ["NaN", "NaN"],
                    "scorePercentiles": {"0.0": 3.0E10, "100.0": 3.78E10}, "scoreUnit": "ops/s",
                    "rawData": [[3.0E10, 3.39E10], [3.78E10, 3.39E10]]},
                  "secondaryMetrics": {"put": {"score": 1.5e10, "scoreError": "NaN", "scoreUnit": "ops/s", "rawData": [[1]]},
                    "·gc.alloc.rate.norm": {"score": 0.001, "scoreError": 1e-4, "scoreUnit": "B/op"}}}]""");

        Run run = new JmhResultReader().read(json);

        assertThat(run.info().id()).isZero();
        assertThat(run.info().environment().jmhVersion()).isEqualTo("1.37");
        assertThat(run.info().environment().jvmArgs()).containsExactly("-Xmx1g");
        // A JMH file does not say which machine measured it: not the reader's machine, unknown.
        assertThat(run.info().environment().cores()).isZero();
        assertThat(run.info().environment().osName()).isNull();
        assertThat(run.info().environment().cpuModel()).isNull();
        assertThat(run.info().environment().jdkVersion()).isEqualTo("21");
        assertThat(run.info().environment().jvmVersion()).isEqualTo("21+35");
        BenchmarkResult result = run.results().get(0);
        assertThat(result.key().mode()).isEqualTo(Mode.THROUGHPUT);
        assertThat(result.key().threads()).isEqualTo(3);
        assertThat(result.key().params()).containsEntry("size", "10").containsEntry("kind", "x y");
        assertThat(result.iterations()).extracting(Iteration::fork, Iteration::iteration, Iteration::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0, 3.0E10),
                        org.assertj.core.groups.Tuple.tuple(0, 1, 3.39E10),
                        org.assertj.core.groups.Tuple.tuple(1, 0, 3.78E10),
                        org.assertj.core.groups.Tuple.tuple(1, 1, 3.39E10));
        assertThat(result.iterations()).noneMatch(Iteration::hasLatencies);
        assertThat(result.jmh().score()).isEqualTo(3.39E10);
        assertThat(result.jmh().scoreError()).isNaN();
        assertThat(result.jmh().percentiles()).containsEntry(100.0, 3.78E10);
        assertThat(result.secondary().get("put").score()).isEqualTo(1.5e10);
        assertThat(result.secondary().get("put").scoreError()).isNaN();
        assertThat(result.secondary().get("·gc.alloc.rate.norm").unit()).isEqualTo("B/op");
    }

    @ParameterizedTest
    @CsvSource({"s/op, 0.0000015, 1500", "ms/op, 0.25, 250000", "us/op, 12.5, 12500", "ns/op, 7, 7"})
    void sampleModeValuesBecomeIntegerNanoseconds(String unit, double value, long nanos) throws IOException {
        Path json = file("sample.json", "[" + entry("a.B.m", "sample", """
                "scoreUnit": "%s",
                "rawDataHistogram": [[[[%s, 3], [%s, 1]]], [[[%s, 2]]]]""".formatted(unit, value, value * 2, value))
                + "]");

        BenchmarkResult result = new JmhResultReader().read(json).results().get(0);

        assertThat(result.iterations()).hasSize(2).allMatch(Iteration::hasLatencies);
        Histogram first = result.iterations().get(0).latencies();
        assertThat(first.getTotalCount()).isEqualTo(4);
        assertThat(first.getCountAtValue(nanos)).isEqualTo(3);
        assertThat(first.getCountAtValue(2 * nanos)).isEqualTo(1);
        assertThat(result.iterations().get(0).score()).isCloseTo((3 * value + 2 * value) / 4, within(1e-12));
        assertThat(result.iterations().get(1).fork()).isEqualTo(1);
        assertThat(result.iterations().get(1).latencies().getTotalCount()).isEqualTo(2);
    }

    @Test
    void oldJmhWithoutVmFieldsStillReads() throws IOException {
        Path json = file("old.json", "[" + entry("a.B.m", "avgt", "\"score\": 2, \"scoreUnit\": \"ns/op\", \"rawData\": [[1, 3]]") + "]");

        Run run = new JmhResultReader().read(json);

        assertThat(run.info().environment().jmhVersion()).isNull();
        assertThat(run.info().environment().jvmName()).isNull();
        assertThat(run.results().get(0).jmh().percentiles()).isEmpty();
        assertThat(RecomputedStatistics.of(run.results().get(0)).mean()).isEqualTo(2.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated        | [{"benchmark": "a.B.m", "mode": "thrpt"                             | not valid JSON
            empty file       |                                                                      | the file is empty
            an object        | {"benchmark": "a.B.m"}                                               | not a JMH result
            an empty array   | []                                                                   | array is empty
            numbers          | [1, 2]                                                               | element 0 is
            no benchmark     | [{"mode": "thrpt"}]                                                  | missing field "[0].benchmark"
            trailing garbage | [] []                                                                | unexpected content after
            """)
    void badFilesNameTheFileAndTheProblem(String what, String content, String problem) throws IOException {
        Path json = file("bad.json", content == null ? "" : content);

        assertThatThrownBy(() -> new JmhResultReader().read(json))
                .isInstanceOf(InvalidResultException.class)
                .hasMessageStartingWith(json.toString())
                .hasMessageContaining(problem);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "threads": "two", "mode": "thrpt", "primaryMetric": {"scoreUnit": "ops/s", "rawData": [[1]]} | "threads" is string "two", expected a positive integer
            "threads": 1, "mode": "fast", "primaryMetric": {"scoreUnit": "ops/s", "rawData": [[1]]}     | unknown JMH mode "fast"
            "threads": 1, "mode": "thrpt", "primaryMetric": {"scoreUnit": "ops/s", "rawData": "1"}      | "primaryMetric.rawData" is string
            "threads": 1, "mode": "thrpt", "primaryMetric": {"scoreUnit": "ops/s", "rawData": [[true]]} | "primaryMetric.rawData[0][0]" is boolean true, expected a number
            "threads": 1, "mode": "thrpt", "primaryMetric": {"scoreUnit": "ops/s", "rawData": [[]]}     | no measurement iterations
            "threads": 1, "mode": "thrpt", "primaryMetric": {"score": {}, "scoreUnit": "ops/s", "rawData": [[1]]} | "primaryMetric.score" is object
            "threads": 1, "mode": "thrpt", "primaryMetric": {"rawData": [[1]]}                          | missing field "primaryMetric.scoreUnit"
            "threads": 1, "mode": "thrpt"                                                                | missing field "primaryMetric"
            "threads": 1, "mode": "sample", "primaryMetric": {"scoreUnit": "ops/s", "rawDataHistogram": [[[[1, 1]]]]} | does not suit mode sample
            "threads": 1, "mode": "sample", "primaryMetric": {"scoreUnit": "us/op", "rawDataHistogram": [[[[1, "x"]]]]} | "primaryMetric.rawDataHistogram[0][0][0]" is not a [value, count] pair
            "threads": 1, "mode": "sample", "primaryMetric": {"scoreUnit": "us/op", "rawDataHistogram": [[[[-1, 1]]]]} | "primaryMetric.rawDataHistogram[0][0][0]" is not a [value, count] pair
            "threads": 1, "mode": "sample", "primaryMetric": {"scoreUnit": "us/op", "rawDataHistogram": [[[]]]} | "primaryMetric.rawDataHistogram[0][0]" has no samples
            "threads": 1, "mode": "sample", "primaryMetric": {"scoreUnit": "us/op", "rawDataHistogram": [[5]]} | "primaryMetric.rawDataHistogram[0][0]" is 5, expected an array
            "threads": 1, "mode": "sample", "primaryMetric": {"scoreUnit": "us/op", "rawDataHistogram": [[[[1, 1, 1]]]]} | "primaryMetric.rawDataHistogram[0][0][0]" is not a [value, count] pair
            "threads": 1, "mode": "sample", "primaryMetric": {"scoreUnit": "us/op", "rawDataHistogram": {}} | "primaryMetric.rawDataHistogram" is object
            """)
    void wrongTypesNameTheFileTheBenchmarkAndTheField(String fields, String problem) throws IOException {
        Path json = file("typed.json", """
                [{"benchmark": "a.B.ok", "mode": "avgt", "threads": 1, "primaryMetric": {"scoreUnit": "ns/op", "rawData": [[1]]}},
                 {"benchmark": "a.B.broken", %s}]""".formatted(fields));

        assertThatThrownBy(() -> new JmhResultReader().read(json))
                .isInstanceOf(InvalidResultException.class)
                .hasMessageStartingWith(json + ": benchmark 'a.B.broken'")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((InvalidResultException) e).benchmark()).isEqualTo("a.B.broken"));
    }

    @Test
    void aSuppliedMachineIsRecordedAndNoOther() throws IOException {
        Path json = file("machine.json", "[" + entry("a.B.m", "avgt", "\"scoreUnit\": \"ns/op\", \"rawData\": [[1, 3]]") + "]");
        MachineEnvironment machine = new MachineEnvironment("Windows 11", "amd64", "Intel Core i7", 8, 1L << 34);

        Run run = new JmhResultReader(machine).read(json);

        assertThat(run.info().environment().osName()).isEqualTo("Windows 11");
        assertThat(run.info().environment().cpuModel()).isEqualTo("Intel Core i7");
        assertThat(run.info().environment().cores()).isEqualTo(8);
    }

    @Test
    void forksZeroWithOneForkIsReadWithAWarning() throws IOException {
        Path json = file("inprocess.json", "[" + """
                {"benchmark": "a.B.m", "mode": "avgt", "threads": 1, "forks": 0, "measurementIterations": 2,
                 "primaryMetric": {"score": 2, "scoreUnit": "ns/op", "rawData": [[1, 3]]}},
                {"benchmark": "a.B.n", "mode": "avgt", "threads": 1, "forks": 0, "measurementIterations": 2,
                 "primaryMetric": {"score": 2, "scoreUnit": "ns/op", "rawData": [[1, 3]]}}""" + "]");
        java.util.List<String> warnings = new java.util.ArrayList<>();

        Run run = new JmhResultReader().read(json, warnings::add);

        assertThat(run.results()).hasSize(2).allSatisfy(result -> assertThat(result.iterations()).hasSize(2));
        assertThat(warnings).singleElement().asString().startsWith(json + ": benchmark 'a.B.m' [mode avgt]: ")
                .contains("\"forks\" is 0").endsWith("(said once per file)");
    }

    @Test
    void aSecondaryMetricThatWasNotMeasuredStaysNaN() throws IOException {
        Path json = file("secondary.json", "[" + """
                {"benchmark": "a.B.m", "mode": "avgt", "threads": 1, "forks": 1,
                 "primaryMetric": {"score": 2, "scoreUnit": "ns/op", "rawData": [[1, 3]]},
                 "secondaryMetrics": {"asm": {"score": "NaN", "scoreError": "NaN", "scoreUnit": "", "rawData": [[]]}}}""" + "]");

        Run run = new JmhResultReader().read(json);

        assertThat(run.results().get(0).secondary().get("asm").score()).isNaN();
    }

    @Test
    void theSameKeyTwiceIsRejected() throws IOException {
        String one = entry("a.B.m", "avgt", "\"scoreUnit\": \"ns/op\", \"rawData\": [[1]]");
        Path json = file("twice.json", "[" + one + "," + one + "]");

        assertThatThrownBy(() -> new JmhResultReader().read(json))
                .isInstanceOf(InvalidResultException.class)
                .hasMessageContaining("a.B.m").hasMessageContaining("appears twice");
    }

    /** Fields perfgate does not read are skipped, not built, yet still held to JSON's and JMH's rules. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a key twice in a skipped object     | "extra": {"a": 1, "b": {"c": 2, "c": 3}}  | duplicate key "c"
            a key twice in a secondary's raw data | "secondaryMetrics": {"m": {"scoreUnit": "B/op", "rawData": [[{"x": 1, "x": 2}]]}} | duplicate key "x"
            a 2000-digit number in a skipped field | "warmupIterations": 1%s                  | 2000 digits
            """)
    void skippedFieldsAreStillChecked(String what, String field, String problem) throws IOException {
        Path json = file("skipped.json", "[{\"benchmark\": \"a.B.m\", \"mode\": \"avgt\", \"threads\": 1, "
                + field.formatted("0".repeat(1999)) + ", \"primaryMetric\": {\"scoreUnit\": \"ns/op\", \"rawData\": [[1]]}}]");

        assertThatThrownBy(() -> new JmhResultReader().read(json))
                .isInstanceOf(InvalidResultException.class)
                .hasMessageStartingWith(json.toString())
                .hasMessageContaining(problem);
    }

    @Test
    void aKeyTwiceAmongManyIsRefused() throws IOException {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            fields.append("\"f").append(i).append("\": ").append(i).append(", ");
        }
        Path json = file("many.json", "[{\"benchmark\": \"a.B.m\", \"mode\": \"avgt\", \"threads\": 1, " + fields
                + "\"f7\": 0, \"primaryMetric\": {\"scoreUnit\": \"ns/op\", \"rawData\": [[1]]}}]");

        assertThatThrownBy(() -> new JmhResultReader().read(json))
                .isInstanceOf(InvalidResultException.class)
                .hasMessageContaining("a.B.m").hasMessageContaining("duplicate key \"f7\"");
    }

    @Test
    void missingAndUnreadableFilesAreNamed() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> new JmhResultReader().read(missing))
                .isInstanceOf(InvalidResultException.class).hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> new JmhResultReader().read(dir))
                .isInstanceOf(InvalidResultException.class).hasMessageStartingWith(dir + ": cannot read");
    }
}
