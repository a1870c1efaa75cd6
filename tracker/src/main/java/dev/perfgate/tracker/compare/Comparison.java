package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.RunInfo;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole comparison of a current run with a baseline: one {@link BenchmarkComparison} per key and
 * statistic, sorted by severity then key. Immutable.
 *
 * @param baseline          the baseline run's info
 * @param current           the current run's info
 * @param crossEnvironment  the environment fingerprints differ (every verdict is marked so)
 * @param settings          how it was computed
 * @param benchmarks        the per-key, per-statistic outcomes, most severe first
 * @param drift             how far the machine itself moved, on the reference benchmarks
 */
public record Comparison(
        RunInfo baseline,
        RunInfo current,
        boolean crossEnvironment,
        CompareSettings settings,
        List<BenchmarkComparison> benchmarks,
        MachineDrift drift) {

    /** Severity first, then the biggest slowdown, then key and statistic: the order of every report. */
    public static final Comparator<BenchmarkComparison> SEVERITY = Comparator
            .comparing(BenchmarkComparison::verdict)
            .thenComparing(c -> Double.isNaN(c.slowdown()) ? 0 : -Math.abs(c.slowdown()))
            .thenComparing(BenchmarkComparison::key)
            .thenComparing(BenchmarkComparison::statistic);

    public Comparison {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(drift, "drift");
        benchmarks = benchmarks.stream().sorted(SEVERITY).toList();
    }

    /** A comparison with no reference benchmarks, so nothing known about the machine's drift. */
    public Comparison(RunInfo baseline, RunInfo current, boolean crossEnvironment, CompareSettings settings,
            List<BenchmarkComparison> benchmarks) {
        this(baseline, current, crossEnvironment, settings, benchmarks, MachineDrift.UNKNOWN);
    }

    /** How many outcomes each verdict has (every verdict present, zero included). */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        benchmarks.forEach(b -> counts.merge(b.verdict(), 1, Integer::sum));
        return counts;
    }

    public boolean has(Verdict verdict) {
        return benchmarks.stream().anyMatch(b -> b.verdict() == verdict);
    }
}
