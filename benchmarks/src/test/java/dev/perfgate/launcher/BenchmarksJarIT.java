package dev.perfgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built {@code benchmarks.jar} as a user would, with tiny iterations: proves the
 * shaded jar starts, finds its benchmarks and writes results. Never the full suite.
 */
class BenchmarksJarIT {

    private static final Path JAR = Path.of("target", "benchmarks.jar");
    private static final Path COMMITTED_BASELINES = Path.of("..", "baselines");

    @TempDir
    Path work;

    @Test
    void jmhPassThroughListsTheSuite() throws Exception {
        Run run = java("-l");
        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.output).contains("dev.perfgate.calibration.CalibrationBenchmark.knownWork");
    }

    @Test
    void jmhPassThroughRunsOneBenchmarkWithJmhOptions() throws Exception {
        Path json = work.resolve("pass-through.json");
        Run run = java("CalibrationBenchmark", "-f", "1", "-wi", "0", "-i", "1", "-r", "50ms",
                "-p", "slowdownPercent=0", "-rf", "json", "-rff", json.toString());
        assertThat(run.exitCode).as(run.output).isZero();
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(result).hasSize(1);
        assertThat(result.get(0).get("mode").asText()).isEqualTo("sample");
    }

    @Test
    void smokeProfileRunsTheMainJobEndToEnd() throws Exception {
        // --golden: the golden path's smoke plan too (2 forks of 4 s), so its results reach the report
        String[] mainJob = {"--profile", "smoke", "CalibrationBenchmark", "--golden",
                "--results-dir", work.resolve("results").toString(),
                "--report-dir", work.resolve("report").toString(),
                "--db", "jdbc:h2:file:" + work.resolve("db/history").toAbsolutePath(),
                "--baselines", COMMITTED_BASELINES.toAbsolutePath().toString(),
                "--local-baselines", work.resolve("local").toString()};
        Run run = java(mainJob);
        if (run.output.contains("no baseline for this environment")) {
            // baselines/ holds the quick profile's baseline (and maybe another machine's): the first
            // smoke run became this environment's and profile's local baseline, compared with
            // nothing; the second is compared with that one, never with the quick baseline.
            assertThat(run.exitCode).as(run.output).isZero();
            assertThat(run.output).contains("this run is now its local baseline").doesNotContain("perfgate compare:");
            run = java(mainJob);
            assertThat(run.output).contains("compared with its local baseline");
        }
        // A smoke run's numbers are meaningless, so any verdict (exit 0 or 1) is fine; what must
        // hold is that every step ran: recorded, compared with a baseline, reported.
        assertThat(run.exitCode).as(run.output).isIn(0, 1);
        assertThat(run.output).contains("perfgate summary", "perfgate compare:");
        assertThat(work.resolve("db/history.mv.db")).isRegularFile();
        assertThat(work.resolve("report/report.html")).isRegularFile();
        assertThat(Files.readString(work.resolve("report/report.md"))).contains("CalibrationBenchmark.knownWork",
                "HandshakeLatency.connectToReady");
        assertThat(run.output).contains("golden fork 2/2 iteration 1/1");
        try (Stream<Path> files = Files.list(work.resolve("results"))) {
            Path json = files.filter(p -> p.getFileName().toString().startsWith("jmh-result")
                    && p.toString().endsWith(".json")).findFirst().orElseThrow();
            assertThat(new ObjectMapper().readTree(json.toFile())).hasSize(4);
        }
    }

    @Test
    void trackerAbRunsTheJarAgainstItselfInterleaved() throws Exception {
        // The smallest real A/B: two pairs of one-iteration forks. Its numbers mean nothing; what
        // must hold is that both builds ran fork by fork, were paired, stored and judged.
        Path out = work.resolve("ab.json");
        int exit = dev.perfgate.tracker.cli.TrackerCli.execute("ab", JAR.toAbsolutePath().toString(),
                JAR.toAbsolutePath().toString(), "CalibrationBenchmark", "-p", "slowdownPercent=0", "-wi", "0",
                "-i", "2", "-r", "20ms", "--first-look", "2", "--max-pairs", "2", "--format", "json",
                "--out", out.toString(), "--java-option", "-Djmh.ignoreLock=true",
                "--db", "jdbc:h2:file:" + work.resolve("ab/history").toAbsolutePath());
        assertThat(exit).isIn(0, 1);
        JsonNode result = new ObjectMapper().readTree(out.toFile());
        assertThat(result.get("pairs")).hasSize(1);
        assertThat(result.get("pairs").get(0).get("pairs").asInt()).isEqualTo(2);
        assertThat(result.get("pairs").get(0).get("benchmark").asText()).contains("CalibrationBenchmark.knownWork");
        assertThat(work.resolve("ab/history.mv.db")).isRegularFile();
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A smoke run's numbers mean nothing, so it must not fail because a developer is
        // running a real benchmark (which holds JMH's machine-wide lock) at the same time.
        command.add("-Djmh.ignoreLock=true");
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output) {}
}
