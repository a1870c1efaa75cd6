package dev.perfgate.calibration;

import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparer;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.compare.Thresholds;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One baseline-mode cell of a study: the base build's selection is measured in one JMH run of
 * {@code forks} forks (the baseline), then the head build's the same way (the current run), and
 * the two are compared by {@code compare}'s rule, drift guard included. The statistic is the one
 * {@code tracker ab} judges (p50 for SampleTime, the score otherwise), so both modes are judged on
 * the same figure. The baseline here is minutes old; a real one is days old, so this is baseline
 * mode at its best. Not thread-safe.
 */
final class BaselineTrial {

    private final List<String> jmh;
    private final int forks;
    private final Path work;

    /** {@code jmh}: the selection and iteration options, as JMH takes them. */
    BaselineTrial(List<String> jmh, int forks, Path work) {
        this.jmh = List.copyOf(jmh);
        this.forks = forks;
        this.work = work;
    }

    Comparison run(Path base, Path head, Thresholds thresholds, long seed) throws IOException, InterruptedException {
        Run baseline = measure(base, "baseline");
        Run current = measure(head, "current");
        CompareSettings settings = new CompareSettings(thresholds, CompareSettings.DEFAULT_CONFIDENCE,
                CompareSettings.DEFAULT_RESAMPLES, seed, List.of(Statistic.P50));
        return new Comparer(settings).compare(baseline, current);
    }

    private Run measure(Path jar, String role) throws IOException, InterruptedException {
        Path json = Files.createTempFile(work, role, ".json");
        Path log = Files.createTempFile(work, role, ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djmh.ignoreLock=true", "-jar", jar.toString()));
        command.addAll(jmh);
        command.addAll(List.of("-f", String.valueOf(forks), "-rf", "json", "-rff", json.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            String output = Files.readString(log, StandardCharsets.UTF_8);
            throw new IOException(jar + " (" + role + ") failed: "
                    + output.substring(Math.max(0, output.length() - 600)));
        }
        Run run = new JmhResultReader().read(json);
        Files.deleteIfExists(json);
        Files.deleteIfExists(log);
        return run;
    }
}
