package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.HistoryStore;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    private static final BenchmarkKey NIMBUS = key("nimbus");
    private static final BenchmarkKey JOSE4J = key("jose4j");

    @TempDir
    Path dir;

    private String url;

    private static BenchmarkKey key(String impl) {
        TreeMap<String, String> params = new TreeMap<>();
        params.put("impl", impl);
        return new BenchmarkKey("dev.perfgate.auth.TokenBenchmark.validate", Mode.AVERAGE_TIME, params, 1);
    }

    private static BenchmarkResult result(BenchmarkKey key, double score) {
        List<Iteration> iterations = new ArrayList<>();
        for (int fork = 0; fork < 2; fork++) {
            iterations.add(new Iteration(fork, 0, score, null));
        }
        return new BenchmarkResult(key, "ns/op", iterations, new JmhSummary(score, Double.NaN, null), null);
    }

    @BeforeEach
    void threeRuns() {
        url = "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
        try (HistoryStore store = HistoryStore.open(url)) {
            for (int i = 0; i < 3; i++) {
                RunInfo info = new RunInfo(0, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i),
                        "c" + i, "main", null, null);
                store.save(new Run(info, List.of(result(NIMBUS, 100 + i), result(JOSE4J, 200 + i))));
            }
        }
    }

    @Test
    void printsEveryRunOldestFirstAndDrawsTheTrend() throws Exception {
        Path png = dir.resolve("charts/nimbus.png");
        CliRun history = CliRun.of("history", "impl=nimbus", "--db", url, "--chart", png.toString());

        assertThat(history.exitCode()).as(history.err()).isEqualTo(TrackerCli.OK);
        assertThat(history.out()).contains("TokenBenchmark.validate [impl=nimbus] avgt (3 runs, ns/op)")
                .doesNotContain("jose4j")
                .containsSubsequence("c0 01-01 00:00", "100", "c1 01-01 01:00", "101", "c2 01-01 02:00", "102")
                .doesNotContain("baseline");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void aBaselineIsMarkedWithItsScore() {
        Path baselines = dir.resolve("baselines");
        CliRun save = CliRun.of("baseline", "save", "--run", "2", "--db", url, "--dir", baselines.toString());
        assertThat(save.exitCode()).as(save.err()).isZero();
        Path png = dir.resolve("marked.png");
        CliRun history = CliRun.of("history", "impl=jose4j", "--db", url, "--baseline", baselines.toString(),
                "--chart", png.toString());
        assertThat(history.exitCode()).as(history.err()).isEqualTo(TrackerCli.OK);
        assertThat(history.out()).containsPattern("baseline +201\\R");
        assertThat(png).exists();
    }

    @Test
    void withoutChartItPrintsEveryMatchingKey() {
        CliRun history = CliRun.of("history", "TokenBenchmark", "--db", url);
        assertThat(history.exitCode()).as(history.err()).isEqualTo(TrackerCli.OK);
        assertThat(history.out()).contains("[impl=jose4j]").contains("[impl=nimbus]");
    }

    @Test
    void aChartOfSeveralBenchmarksIsRefusedNamingThemAndWritesNothing() {
        Path png = dir.resolve("both.png");
        CliRun history = CliRun.of("history", "TokenBenchmark", "--db", url, "--chart", png.toString());
        assertThat(history.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(history.err()).contains("matches 2").contains("impl=jose4j").contains("impl=nimbus");
        assertThat(png).doesNotExist();
    }

    @Test
    void noMatchAndABadRegexAreBadInputNamingTheRegex() {
        CliRun noMatch = CliRun.of("history", "NoSuchBenchmark", "--db", url);
        assertThat(noMatch.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(noMatch.err()).contains("no benchmark").contains("NoSuchBenchmark");
        CliRun badRegex = CliRun.of("history", "Token[", "--db", url);
        assertThat(badRegex.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(badRegex.err()).contains("Token[").contains("not a valid regular expression");
    }
}
