package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.baseline.BaselineFiles;
import dev.perfgate.tracker.baseline.BaselineWriter;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
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

    @TempDir
    Path dir;

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
        CliRun save = CliRun.of("baseline", "save", "--run", JmhCorpus.PG_CLIENT.toString(), "--dir", baselines.toString());
        assertThat(save.exitCode()).as(save.err()).isZero();
        assertThat(save.out()).contains("saved 2 benchmarks");
        assertThat(baselines.resolve("default/manifest.json")).exists();
        assertThat(baselines.resolve("default/histograms.hlog")).exists();

        CliRun list = CliRun.of("baseline", "list", "--dir", baselines.toString());
        assertThat(list.out()).startsWith("default").contains("2 benchmarks");

        CliRun compare = CliRun.of("compare", JmhCorpus.PG_CLIENT.toString(), "--baseline", baselines.toString());
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("perfgate compare:").doesNotContain("REGRESSION");
    }

    @Test
    void aRegressionExitsOneAndIsAJunitFailure() throws Exception {
        new BaselineWriter().write(synthetic(100, 0.01, 1), BaselineFiles.of(dir, "default"));
        new BaselineWriter().write(synthetic(125, 0.01, 2), BaselineFiles.of(dir, "slower"));
        Path junit = dir.resolve("perf.xml");
        CliRun compare = CliRun.of("compare", dir.resolve("slower").toString(), "--baseline", dir.toString(),
                "--format", "junit", "--out", junit.toString());
        assertThat(compare.exitCode()).isEqualTo(TrackerCli.REGRESSION);
        assertThat(Files.readString(junit)).contains("<failure").contains("Bench.op");
        assertThat(compare.out()).contains("1 regression");
    }

    @Test
    void perBenchmarkThresholdsBesideTheBaselinesApply() throws Exception {
        new BaselineWriter().write(synthetic(100, 0.01, 1), BaselineFiles.of(dir, "default"));
        new BaselineWriter().write(synthetic(125, 0.01, 2), BaselineFiles.of(dir, "slower"));
        Files.writeString(dir.resolve("thresholds.conf"), "*Bench.op = 50%\n");
        CliRun compare = CliRun.of("compare", dir.resolve("slower").toString(), "--baseline", dir.toString());
        assertThat(compare.exitCode()).as(compare.out()).isZero();
        assertThat(compare.out()).contains("UNCHANGED").contains("threshold ±50.0%");
    }

    @Test
    void aBaselineWithoutReferenceRulesSaysTheMachineIsNotJudged() throws Exception {
        new BaselineWriter().write(synthetic(100, 0.01, 1), BaselineFiles.of(dir, "default"));
        new BaselineWriter().write(synthetic(101, 0.01, 2), BaselineFiles.of(dir, "again"));
        CliRun bare = CliRun.of("compare", dir.resolve("again").toString(), "--baseline", dir.toString());
        assertThat(bare.exitCode()).isZero();
        assertThat(bare.err()).contains("no reference benchmarks").contains(dir.resolve("thresholds.conf").toString())
                .contains("whether the machine itself moved is not judged");
        CliRun named = CliRun.of("compare", dir.resolve("again").toString(), "--baseline", dir.toString(),
                "--reference", "*.Ref*");
        assertThat(named.err()).doesNotContain("no reference benchmarks");
        Files.writeString(dir.resolve("thresholds.conf"), "reference = *.Ref*\n");
        assertThat(CliRun.of("compare", dir.resolve("again").toString(), "--baseline", dir.toString()).err())
                .doesNotContain("no reference benchmarks");
    }

    @Test
    void failOnInconclusiveWidensTheGate() throws Exception {
        new BaselineWriter().write(synthetic(100, 0.08, 3), BaselineFiles.of(dir, "default"));
        new BaselineWriter().write(synthetic(104, 0.08, 4), BaselineFiles.of(dir, "noisy"));
        String current = dir.resolve("noisy").toString();
        CliRun lenient = CliRun.of("compare", current, "--baseline", dir.toString(), "--format", "markdown");
        assertThat(lenient.out()).contains("inconclusive");
        assertThat(lenient.exitCode()).isZero();
        assertThat(CliRun.of("compare", current, "--baseline", dir.toString(), "--fail-on", "inconclusive").exitCode())
                .isEqualTo(TrackerCli.REGRESSION);
    }

    @Test
    void githubFormatWritesTheSummaryToOutAndAnnotatesOnStandardOutput() throws Exception {
        new BaselineWriter().write(synthetic(100, 0.005, 3), BaselineFiles.of(dir, "default"));
        new BaselineWriter().write(synthetic(130, 0.005, 4), BaselineFiles.of(dir, "slower"));
        Path summary = dir.resolve("summary.md");
        CliRun run = CliRun.of("compare", dir.resolve("slower").toString(), "--baseline", dir.toString(),
                "--format", "github", "--out", summary.toString());
        assertThat(run.exitCode()).as(run.out()).isEqualTo(TrackerCli.REGRESSION);
        assertThat(run.out().lines().filter(l -> l.startsWith("::error title=perfgate%3A regression::")))
                .singleElement().asString().contains("Bench.op").contains("+30");
        assertThat(Files.readString(summary)).startsWith("<!-- perfgate-report -->\n### 🔴 perfgate: FAIL (exit 1")
                .doesNotContain("::error");
    }

    @Test
    void failOnInconclusiveIsWhatTheGithubSummarySays() throws Exception {
        new BaselineWriter().write(synthetic(100, 0.08, 3), BaselineFiles.of(dir, "default"));
        new BaselineWriter().write(synthetic(104, 0.08, 4), BaselineFiles.of(dir, "noisy"));
        CliRun strict = CliRun.of("compare", dir.resolve("noisy").toString(), "--baseline", dir.toString(),
                "--format", "github", "--fail-on", "inconclusive");
        assertThat(strict.exitCode()).isEqualTo(TrackerCli.REGRESSION);
        assertThat(strict.out()).contains("FAIL (exit 1; fails on REGRESSION or INCONCLUSIVE)");
    }

    @Test
    void badInputExitsTwoWithAMessageNamingIt() throws Exception {
        CliRun noBaseline = CliRun.of("compare", JmhCorpus.PG_CLIENT.toString(), "--baseline", dir.toString());
        assertThat(noBaseline.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(noBaseline.err()).contains("manifest.json");

        new BaselineWriter().write(synthetic(100, 0.01, 1), BaselineFiles.of(dir, "default"));
        CliRun noCurrent = CliRun.of("compare", "no-such-run.json", "--baseline", dir.toString());
        assertThat(noCurrent.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(noCurrent.err()).contains("no-such-run.json");

        assertThat(CliRun.of("compare", JmhCorpus.PG_CLIENT.toString(), "--statistic", "p42").exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        CliRun badName = CliRun.of("baseline", "save", "--run", JmhCorpus.PG_CLIENT.toString(), "--dir", dir.toString(), "--name", "../x");
        assertThat(badName.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(badName.err()).contains("../x");
    }

    @Test
    void everyCorpusFileSurvivesSaveLoadAndCompareWithItself() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(JmhCorpus.DIR)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            Path baselines = dir.resolve(file.getFileName().toString());
            assertThat(CliRun.of("baseline", "save", "--run", file.toString(), "--dir", baselines.toString()).exitCode())
                    .as(file.toString()).isZero();
            CliRun compare = CliRun.of("compare", file.toString(), "--baseline", baselines.toString(), "--format", "json",
                    "--resamples", "200");
            assertThat(compare.exitCode()).as(file + ": " + compare.err()).isZero();
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(compare.out());
            assertThat(json.path("benchmarks").size()).as(file.toString()).isPositive();
            assertThat(json.path("counts").path("REGRESSION").asInt()).as(file.toString()).isZero();
            assertThat(json.path("counts").path("NEW").asInt() + json.path("counts").path("MISSING").asInt()).isZero();
        }
    }
}
