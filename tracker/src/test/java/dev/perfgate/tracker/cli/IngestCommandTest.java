package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.store.HistoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IngestCommandTest {

    private static final Path SAMPLE = JmhCorpus.PG_CLIENT;
    private static final Path MIXED = JmhCorpus.HOLLOW;

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db/history").toAbsolutePath();
    }

    private int storedRuns() {
        try (HistoryStore store = HistoryStore.open(db())) {
            return store.runs().size();
        }
    }

    @Test
    void ingestPrintsRunIdsThatRunsAndShowThenFind() throws IOException {
        CliRun ingest = CliRun.of("ingest", SAMPLE.toString(), MIXED.toString(), "--db", db(),
                "--commit", "abc123", "--branch", "main", "--label", "nightly");

        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(ingest.out().lines().toList()).containsExactly("1", "2");

        CliRun runs = CliRun.of("runs", "--db", db());
        assertThat(runs.exitCode()).as(runs.toString()).isZero();
        assertThat(runs.out()).contains("abc123").contains("main").contains("nightly")
                .contains("1.8.0_181").contains("1.8.0_322");

        CliRun text = CliRun.of("show", "1", "--db", db());
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("ClientBenchmark.jdbcBurstQuery").contains("mode sample")
                .contains("unit s/op").contains("p99.9").contains("max").contains("2 forks, 10 iterations");

        CliRun json = CliRun.of("show", "2", "--db", db(), "--format", "json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode benchmarks = new ObjectMapper().readTree(json.out()).get("benchmarks");
        assertThat(benchmarks).hasSize(20);
        int percentiles = 0;
        for (JsonNode benchmark : benchmarks) {
            for (String figure : new String[] {"score", "p50", "p90", "p99", "p99.9", "max"}) {
                JsonNode pair = benchmark.get(figure);
                if (pair != null) {
                    double ours = pair.get("perfgate").asDouble();
                    double jmh = pair.get("jmh").asDouble();
                    assertThat(Math.abs(ours - jmh) / jmh).as(benchmark.get("mode") + " " + figure).isLessThanOrEqualTo(0.001);
                    percentiles += figure.startsWith("p") || figure.equals("max") ? 1 : 0;
                }
            }
        }
        assertThat(percentiles).as("sample-mode percentiles shown").isEqualTo(5 * 5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated      | [{"benchmark": "a.B.m", "mode": "thrpt", "threads": 1,  | not valid JSON
            not JMH        | {"results": []}                                         | not a JMH result
            not JMH array  | [{"name": "x"}]                                         | missing field
            wrong types    | [{"benchmark": "a.B.m", "mode": "avgt", "threads": 1, "primaryMetric": {"scoreUnit": "ns/op", "rawData": [["fast"]]}}] | benchmark 'a.B.m' [mode avgt]: "primaryMetric.rawData[0][0]" is string "fast", expected a number
            empty array    | []                                                      | array is empty
            """)
    void badInputExitsTwoNamingTheFileAndStoresNothing(String what, String content, String problem) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), content);

        CliRun run = CliRun.of("ingest", SAMPLE.toString(), bad.toString(), "--db", db());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(bad.toString()).contains(problem).contains("nothing was stored");
        assertThat(run.out()).isEmpty();
        assertThat(storedRuns()).isZero();
    }

    @Test
    void missingOrUnreadableFilesExitTwo() {
        Path missing = dir.resolve("missing.json");
        CliRun run = CliRun.of("ingest", missing.toString(), "--db", db());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(missing + ": no such file");

        CliRun directory = CliRun.of("ingest", dir.toString(), "--db", db());
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).contains(dir + ": cannot read the file");
        assertThat(storedRuns()).isZero();
    }

    @Test
    void anUnwritableDatabaseExitsTwoNamingIt() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        String url = "jdbc:h2:file:" + notADirectory.toAbsolutePath() + "/history";

        CliRun run = CliRun.of("ingest", SAMPLE.toString(), "--db", url);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("tracker ingest: cannot open the history database " + url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "runs", "show"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: tracker " + command).contains("--db");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("ingest").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("show", "--db", db()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("show", "1", "--format", "xml", "--db", db()).exitCode()).isEqualTo(2);
        storedRuns(); // creates the database: show reads only an existing one
        CliRun missingRun = CliRun.of("show", "7", "--db", db());
        assertThat(missingRun.exitCode()).isEqualTo(2);
        assertThat(missingRun.err()).contains("no run 7");
    }
}
