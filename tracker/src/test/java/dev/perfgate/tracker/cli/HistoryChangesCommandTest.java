package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.HistoryStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker history --changes}: a 10 % slowdown from commit c15 on main is found there, in every format. */
class HistoryChangesCommandTest {

    private static final BenchmarkKey KEY = new BenchmarkKey("x.ParserBenchmark.parse", Mode.AVERAGE_TIME, null, 1);

    @TempDir
    Path dir;

    private String url;

    private static BenchmarkResult result(double level, Random random) {
        List<Iteration> iterations = new ArrayList<>();
        for (int fork = 0; fork < 3; fork++) {
            for (int i = 0; i < 3; i++) {
                iterations.add(new Iteration(fork, i, level * Math.exp(random.nextGaussian() * 0.01), null));
            }
        }
        return new BenchmarkResult(KEY, "ns/op", iterations, new JmhSummary(level, Double.NaN, null), null);
    }

    @BeforeEach
    void thirtyRunsOnMainAndSomeElsewhere() {
        url = "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
        Random random = new Random(5);
        try (HistoryStore store = HistoryStore.open(url)) {
            for (int i = 0; i < 30; i++) {
                Instant time = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i);
                store.save(new Run(new RunInfo(0, time, "c" + i, "main", null, null),
                        List.of(result(i < 15 ? 100 : 110, random))));
                if (i % 5 == 0) { // a feature branch far slower: not main's history
                    store.save(new Run(new RunInfo(0, time.plusSeconds(60), "f" + i, "feature", null, null),
                            List.of(result(300, random))));
                }
            }
        }
    }

    @Test
    void text_names_the_change_its_commit_and_size() {
        CliRun run = CliRun.of("history", "ParserBenchmark", "--db", url, "--branch", "main", "--changes");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("(30 runs on main, mean, ns/op)")
                .containsPattern("c15 +1\\d\\d(\\.\\d+)? +3   ← change")
                .contains("change points (E-divisive means, t test p < 1.0e-03, at least 3 runs a side")
                .containsPattern("\\+(9|10)\\.\\d% \\[\\+\\d+\\.\\d%, \\+1\\d\\.\\d%\\] worse at c15 \\(run #\\d+, after c14\\)")
                .contains("15 runs before, 15 after")
                .doesNotContain("f0");
    }

    @Test
    void every_branch_mixed_is_a_different_series() {
        CliRun run = CliRun.of("history", "ParserBenchmark", "--db", url, "--changes", "--format", "json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"commit\" : \"f0\"");
    }

    @Test
    void json_and_markdown_carry_the_same_change_point() throws Exception {
        CliRun json = CliRun.of("history", "ParserBenchmark", "--db", url, "--branch", "main", "--changes",
                "--format", "json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        JsonNode change = root.path("benchmarks").get(0).path("changePoints").get(0);
        assertThat(root.path("branch").asText()).isEqualTo("main");
        assertThat(root.path("method").path("minSegment").asInt()).isEqualTo(3);
        assertThat(root.path("benchmarks").get(0).path("runs")).hasSize(30);
        assertThat(change.path("commit").asText()).isEqualTo("c15");
        assertThat(change.path("previousCommit").asText()).isEqualTo("c14");
        assertThat(change.path("ratio").asDouble()).isBetween(1.08, 1.12);
        assertThat(change.path("pValue").asDouble()).isLessThan(0.001);
        assertThat(change.path("worse").asBoolean()).isTrue();

        CliRun markdown = CliRun.of("history", "ParserBenchmark", "--db", url, "--branch", "main", "--changes",
                "--format", "markdown");
        assertThat(markdown.out()).contains("## Benchmark history on `main`")
                .contains("| `ParserBenchmark.parse avgt` | 30 |").contains("worse at c15");
    }

    @Test
    void the_chart_is_drawn_with_its_change_marked() throws Exception {
        Path png = dir.resolve("trend.png");
        CliRun run = CliRun.of("history", "ParserBenchmark", "--db", url, "--branch", "main", "--changes",
                "--chart", png.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("chart: " + png);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1000);
    }

    @Test
    void options_that_cannot_work_are_refused_naming_them() {
        CliRun alloc = CliRun.of("history", "ParserBenchmark", "--db", url, "--changes", "--statistic", "alloc");
        assertThat(alloc.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(alloc.err()).contains("--statistic alloc");
        CliRun segment = CliRun.of("history", "ParserBenchmark", "--db", url, "--changes", "--min-segment", "1");
        assertThat(segment.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(segment.err()).contains("--min-segment");
        CliRun noRuns = CliRun.of("history", "ParserBenchmark", "--db", url, "--branch", "nope", "--chart",
                dir.resolve("x.png").toString());
        assertThat(noRuns.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(noRuns.err()).contains("on branch nope");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }
}
