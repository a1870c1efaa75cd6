package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.baseline.BaselineFiles;
import dev.perfgate.tracker.baseline.BaselineWriter;
import dev.perfgate.tracker.jmh.JmhResultReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code MainJobStudy --rejudge} on a hand-made JMH result and local baseline, with the built
 * tracker jar as the separate {@code compare} process (no JMH runs): a recorded run is judged
 * again, its comparison.json, runs.jsonl line and summary say what the current rule finds, and a
 * run that recorded the baseline stays without a verdict.
 */
class MainJobStudyIT {

    private static final Path TRACKER = Path.of("..", "tracker", "target", "tracker.jar");

    @TempDir
    Path tmp;

    @Test
    void rejudgingFindsTheSlowedBenchmarkAsTheOnlyRegressionAndLeavesTheBaselineRunAlone() throws Exception {
        Path study = Files.createDirectories(tmp.resolve("study"));
        Path base = Files.createDirectories(tmp.resolve("base"));
        Path thresholds = Files.writeString(tmp.resolve("thresholds.conf"), "# the default 5 % for all\n");
        Path baselineJson = tmp.resolve("baseline.json");
        Files.writeString(baselineJson, jmh(1.0));
        new BaselineWriter().write(new JmhResultReader().read(baselineJson), BaselineFiles.of(base, "quick-0123456789ab"));
        Files.createDirectories(study.resolve("run-2"));
        Files.writeString(study.resolve("run-2").resolve("judged.json"), jmh(1.5));
        MainJobLog log = new MainJobLog(study.resolve(MainJobLog.FILE_NAME), new PrintWriter(new StringWriter()));
        log.append(new MainJobRecord(1, 2L, "quick", 0, 1200, 1.0, 2.0, true, "../base/quick-0123456789ab",
                null, null, Map.of(), null, List.of(), "recorded the local baseline", null));
        // the main job said exit 0 (say, under an older rule); the current rule must find the slowdown
        log.append(new MainJobRecord(2, 3L, "quick", 0, 1210, 1.5, 2.5, false, "../base/quick-0123456789ab",
                "run-2/judged.json", 0, Map.of("UNCHANGED", 2), null, List.of(), null, null));
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = new CommandLine(new MainJobStudy(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintWriter(err, true))).execute("--rejudge", "--dir", study.toString(), "--local-baselines",
                base.toString(), "--tracker", TRACKER.toString(), "--thresholds", thresholds.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(study.resolve("run-2").resolve("comparison.json")).exists();
        assertThat(study.resolve("run-1").resolve("comparison.json")).doesNotExist();
        List<MainJobRecord> records = log.read();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).baselineRecorded()).isTrue();
        MainJobRecord rejudged = records.get(1);
        assertThat(rejudged.compareExit()).isEqualTo(1);
        assertThat(rejudged.counts()).containsEntry("UNCHANGED", 1).containsEntry("REGRESSION", 1);
        assertThat(rejudged.regressions()).singleElement().satisfies(r -> {
            assertThat(r.benchmark()).isEqualTo("a.B.slow");
            assertThat(r.ratio()).isBetween(1.45, 1.55);
        });
        assertThat(rejudged.drift()).isNotNull();
        assertThat(rejudged.drift().references()).isZero();
        String summary = Files.readString(study.resolve("summary.md"));
        assertThat(summary).contains("| exited 1 (a REGRESSION): the target is none | 0 of 1 |")
                .contains("| would exit 1 by the current compare rule (comparison.json) | 1 of 1 |")
                .contains("| 2 of 2 | 100.0 % |")
                .contains("Run 1 recorded the local baseline");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\n" + summary);
    }

    /** Three forks of five iterations of a.B.same (100 ns) and a.B.slow (100 ns × {@code slow}), a fixed ±1 % jitter. */
    private static String jmh(double slow) {
        StringBuilder json = new StringBuilder("[");
        for (String name : List.of("same", "slow")) {
            double factor = name.equals("slow") ? slow : 1.0;
            StringBuilder raw = new StringBuilder();
            double sum = 0;
            for (int fork = 0; fork < 3; fork++) {
                raw.append(fork == 0 ? "[" : ", [");
                for (int i = 0; i < 5; i++) {
                    double score = 100 * factor * (1 + 0.01 * Math.sin(fork * 5 + i));
                    sum += score;
                    raw.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", score));
                }
                raw.append("]");
            }
            json.append(json.length() == 1 ? "" : ",\n").append("""
                    {"jmhVersion": "1.37", "benchmark": "a.B.%s", "mode": "avgt", "threads": 1, "forks": 3,
                     "jvmArgs": [], "jdkVersion": "17", "vmName": "fake", "vmVersion": "17",
                     "warmupIterations": 1, "measurementIterations": 5, "measurementBatchSize": 1,
                     "primaryMetric": {"score": %s, "scoreError": "NaN", "scoreUnit": "ns/op", "rawData": [%s]},
                     "secondaryMetrics": {}}""".formatted(name, Double.toString(sum / 15), raw));
        }
        return json.append("]\n").toString();
    }
}
