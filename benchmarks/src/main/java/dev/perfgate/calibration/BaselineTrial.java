package dev.perfgate.calibration;

import dev.perfgate.tracker.ab.JmhArguments;
import dev.perfgate.tracker.ab.JmhJar;
import dev.perfgate.tracker.ab.JmhMachineLock;
import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparer;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.compare.Thresholds;
import java.nio.file.Path;
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

    private final JmhArguments jmh;
    private final int forks;
    private final Path work;

    /** {@code jmh}: the selection and iteration options, as JMH takes them. */
    BaselineTrial(List<String> jmh, int forks, Path work) {
        this.jmh = JmhArguments.parse(jmh);
        this.forks = forks;
        this.work = work;
    }

    Comparison run(Path base, Path head, Thresholds thresholds, long seed) {
        List<String> javaOptions = List.of(JmhMachineLock.IGNORE_LOCK); // the study holds the machine's queue
        var baseline = new JmhJar(base, jmh, javaOptions, work).runSelection(forks);
        var current = new JmhJar(head, jmh, javaOptions, work).runSelection(forks);
        CompareSettings settings = new CompareSettings(thresholds, CompareSettings.DEFAULT_CONFIDENCE,
                CompareSettings.DEFAULT_RESAMPLES, seed, List.of(Statistic.P50));
        return new Comparer(settings).compare(baseline, current);
    }
}
