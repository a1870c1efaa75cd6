package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.baseline.BaselineFiles;
import dev.perfgate.tracker.baseline.BaselineWriter;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareAndBaselineCommandTest {

    /** The shared JMH corpus beside the repository (module directory → ../../shared). */
    static final Path CORPUS = Path.of("../../shared/jmh-corpus");
    static final Path SAMPLE_JSON = CORPUS.resolve("vietj__pg-client-concurrency-benchmark__jmh-result.json");

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {}

    static Result tracker(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = TrackerCli.execute(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A run of one avgt benchmark: 4 forks × 4 iterations around {@code level} ns/op with {@code noise}. */
    static Run synthetic(double level, double noise, long seed) {
        Random random = new Random(seed);
        BenchmarkKey key = new BenchmarkKey("dev.perfgate.x.Bench.op", Mode.AVERAGE_TIME, new TreeMap<>(), 1);
        List<Iteration> iterations = new ArrayList<>();
        for (int fork = 0; fork < 4; fork++) {
            double forkLevel = level * (1 + noise * random.nextGaussian());
            for (int it = 0; it < 4; it++) {
                iterations.add(new Iteration(fork, it, forkLevel * (1 + noise / 2 * random.nextGaussian()), null));
            }
        }
        Environment env = new Environment("VM", "17", "17", List.of(), "1.37", "Linux", "amd64", "CPU", 2, 0);
        return new Run(new RunInfo(0, Instant.parse("2026-11-22T00:00:00Z"), "abc", null, null, env),
                List.of(new BenchmarkResult(key, "ns/op", iterations, null, null)));
    }

    @Test
    void saveListAndCompareAJmhFileWithItselfPasses() {
        Path baselines = dir.resolve("baselines");
        Result save = tracker("baseline", "save", "--run", SAMPLE_JSON.toString(), "--dir", baselines.toString());
        assertThat(save.exit()).as(save.err()).isZero();
        assertThat(save.out()).contains("saved 2 benchmarks");
        assertThat(baselines.resolve("default/manifest.json")).exists();
        assertThat(baselines.resolve("default/histograms.hlog")).exists();

        Result list = tracker("baseline", "list", "--dir", baselines.toString());
        assertThat(list.out()).startsWith("default").contains("2 benchmarks");

        Result compare = tracker("compare", SAMPLE_JSON.toString(), "--baseline", baselines.toString());
        assertThat(compare.exit()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("perfgate compare:").doesNotContain("REGRESSION");
    }

    @Test
    void aRegressionExitsOneAndIsAJunitFailure() throws Exception {
        new BaselineWriter().write(synthetic(100, 0.01, 1), BaselineFiles.of(dir, "default"));
        new BaselineWriter().write(synthetic(125, 0.01, 2), BaselineFiles.of(dir, "slower"));
        Path junit = dir.resolve("perf.xml");
        Result compare = tracker("compare", dir.resolve("slower").toString(), "--baseline", dir.toString(),
                "--format", "junit", "--out", junit.toString());
        assertThat(compare.exit()).isEqualTo(TrackerCli.REGRESSION);
        assertThat(Files.readString(junit)).contains("<failure").contains("Bench.op");
        assertThat(compare.out()).contains("1 regression");
    }

    @Test
    void perBenchmarkThresholdsBesideTheBaselinesApply() throws Exception {
        new BaselineWriter().write(synthetic(100, 0.01, 1), BaselineFiles.of(dir, "default"));
        new BaselineWriter().write(synthetic(125, 0.01, 2), BaselineFiles.of(dir, "slower"));
        Files.writeString(dir.resolve("thresholds.conf"), "*Bench.op = 50%\n");
        Result compare = tracker("compare", dir.resolve("slower").toString(), "--baseline", dir.toString());
        assertThat(compare.exit()).as(compare.out()).isZero();
        assertThat(compare.out()).contains("UNCHANGED").contains("threshold ±50.0%");
    }

    @Test
    void failOnInconclusiveWidensTheGate() throws Exception {
        new BaselineWriter().write(synthetic(100, 0.08, 3), BaselineFiles.of(dir, "default"));
        new BaselineWriter().write(synthetic(104, 0.08, 4), BaselineFiles.of(dir, "noisy"));
        String current = dir.resolve("noisy").toString();
        Result lenient = tracker("compare", current, "--baseline", dir.toString(), "--format", "markdown");
        assertThat(lenient.out()).contains("inconclusive");
        assertThat(lenient.exit()).isZero();
        assertThat(tracker("compare", current, "--baseline", dir.toString(), "--fail-on", "inconclusive").exit())
                .isEqualTo(TrackerCli.REGRESSION);
    }

    @Test
    void badInputExitsTwoWithAMessageNamingIt() throws Exception {
        Result noBaseline = tracker("compare", SAMPLE_JSON.toString(), "--baseline", dir.toString());
        assertThat(noBaseline.exit()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(noBaseline.err()).contains("manifest.json");

        new BaselineWriter().write(synthetic(100, 0.01, 1), BaselineFiles.of(dir, "default"));
        Result noCurrent = tracker("compare", "no-such-run.json", "--baseline", dir.toString());
        assertThat(noCurrent.exit()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(noCurrent.err()).contains("no-such-run.json");

        assertThat(tracker("compare", SAMPLE_JSON.toString(), "--statistic", "p42").exit()).isEqualTo(TrackerCli.BAD_INPUT);
        Result badName = tracker("baseline", "save", "--run", SAMPLE_JSON.toString(), "--dir", dir.toString(), "--name", "../x");
        assertThat(badName.exit()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(badName.err()).contains("../x");
    }

    @Test
    void everyCorpusFileSurvivesSaveLoadAndCompareWithItself() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            Path baselines = dir.resolve(file.getFileName().toString());
            assertThat(tracker("baseline", "save", "--run", file.toString(), "--dir", baselines.toString()).exit())
                    .as(file.toString()).isZero();
            Result compare = tracker("compare", file.toString(), "--baseline", baselines.toString(), "--format", "json",
                    "--resamples", "200");
            assertThat(compare.exit()).as(file + ": " + compare.err()).isZero();
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(compare.out());
            assertThat(json.path("benchmarks").size()).as(file.toString()).isPositive();
            assertThat(json.path("counts").path("REGRESSION").asInt()).as(file.toString()).isZero();
            assertThat(json.path("counts").path("NEW").asInt() + json.path("counts").path("MISSING").asInt()).isZero();
        }
    }
}
