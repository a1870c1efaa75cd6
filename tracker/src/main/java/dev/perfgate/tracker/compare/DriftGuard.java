package dev.perfgate.tracker.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Judges the reference benchmarks (code that never changes) first, and when they moved beyond
 * their threshold, judges every other benchmark on its slowdown normalized by the machine's.
 *
 * <p>The machine counts as moved unless the references' drift interval lies within their threshold:
 * what cannot be shown steady is treated as moved, so noisy references widen every verdict instead
 * of leaving the machine's slowdown to pass for regressions.
 *
 * <p>How the reference is chosen: the median of the reference slowdowns of the same JMH mode as the
 * benchmark (throughput references for throughput benchmarks, time for time), or of all references
 * when no reference has that mode; the median because one reference caught by a burst of load must
 * not move every verdict. Everything is on the log scale, where a uniform machine slowdown is a
 * constant shift: the normalized log slowdown is the benchmark's minus the drift, and its
 * half-width is the two half-widths added in quadrature (the drift's is the median of its
 * references' half-widths), as for independent errors. Two runs of one machine are positively
 * correlated, so quadrature over-states the error: the normalized verdict errs towards
 * inconclusive, never towards a false regression. Where the normalized interval still straddles a
 * threshold, the verdict is {@link Verdict#MACHINE_DRIFT}, which does not fail the gate. Stateless,
 * thread-safe.
 */
final class DriftGuard {

    /** The outcomes after the guard, and the drift they were normalized by. */
    record Guarded(List<BenchmarkComparison> benchmarks, MachineDrift drift) {}

    private record Shift(double logSlowdown, double logHalfWidth) {}

    private DriftGuard() {}

    static Guarded apply(List<BenchmarkComparison> outcomes, Thresholds thresholds) {
        List<BenchmarkComparison> references = outcomes.stream()
                .filter(c -> thresholds.isReference(c.key()) && c.statistic() == Statistic.MEAN && bounded(c))
                .toList();
        if (references.isEmpty()) {
            return new Guarded(outcomes, MachineDrift.UNKNOWN);
        }
        Shift overall = median(references);
        double referenceThreshold = Math.log1p(median(references.stream().mapToDouble(BenchmarkComparison::threshold)
                .toArray()));
        // The strict side: the machine counts as moved unless the references show it stayed within
        // their threshold. References too noisy to tell must not let a machine's slowdown through as
        // regressions of code nobody changed (seen: 33 "regressions" beside a +25 % calibration p50
        // whose reference means were too wide to call "moved" under the old rule).
        boolean moved = Math.abs(overall.logSlowdown()) + overall.logHalfWidth() > referenceThreshold;
        MachineDrift drift = new MachineDrift(references.size(), Math.expm1(overall.logSlowdown()),
                new Interval(Math.exp(overall.logSlowdown() - overall.logHalfWidth()),
                        Math.exp(overall.logSlowdown() + overall.logHalfWidth())), moved);
        if (!moved) {
            return new Guarded(outcomes, drift);
        }
        List<BenchmarkComparison> guarded = new ArrayList<>();
        for (BenchmarkComparison c : outcomes) {
            if (thresholds.isReference(c.key()) && c.verdict().measured()) {
                guarded.add(withVerdict(c, Verdict.MACHINE_DRIFT));
            } else if (bounded(c) && c.statistic() != Statistic.ALLOCATION) {
                List<BenchmarkComparison> sameMode = references.stream()
                        .filter(r -> r.key().mode() == c.key().mode()).toList();
                guarded.add(normalized(c, sameMode.isEmpty() ? overall : median(sameMode)));
            } else {
                guarded.add(c);
            }
        }
        return new Guarded(guarded, drift);
    }

    private static BenchmarkComparison normalized(BenchmarkComparison c, Shift drift) {
        Shift own = shift(c);
        double slow = own.logSlowdown() - drift.logSlowdown();
        double half = Math.hypot(own.logHalfWidth(), drift.logHalfWidth());
        // Back from "log slowdown" to the ratio as measured: for throughput a slowdown is a ratio below 1.
        double sign = c.key().mode().higherIsBetter() ? -1 : 1;
        double low = Math.exp(sign * slow - half);
        double high = Math.exp(sign * slow + half);
        Interval interval = new Interval(low, high);
        Verdict verdict = VerdictRule.decide(c.key().mode(), interval, c.threshold());
        return new BenchmarkComparison(c.key(), c.unit(), c.statistic(), c.baselineValue(), c.currentValue(),
                Math.exp(sign * slow), interval, c.threshold(),
                verdict == Verdict.INCONCLUSIVE ? Verdict.MACHINE_DRIFT : verdict,
                VerdictRule.smallestDetectable(c.threshold(), half), c.crossEnvironment(), c.baseline(), c.current());
    }

    private static BenchmarkComparison withVerdict(BenchmarkComparison c, Verdict verdict) {
        return new BenchmarkComparison(c.key(), c.unit(), c.statistic(), c.baselineValue(), c.currentValue(),
                c.ratio(), c.interval(), c.threshold(), verdict, c.smallestDetectableChange(), c.crossEnvironment(),
                c.baseline(), c.current());
    }

    /** Measured on both sides with a finite interval: the only outcomes a drift can be read from or applied to. */
    private static boolean bounded(BenchmarkComparison c) {
        return c.verdict().measured() && c.interval().isDefined() && c.interval().low() > 0
                && Double.isFinite(c.interval().high()) && c.ratio() > 0;
    }

    /** Slowdown on the log scale, positive is worse whichever way the unit points. */
    private static Shift shift(BenchmarkComparison c) {
        double sign = c.key().mode().higherIsBetter() ? -1 : 1;
        double half = (Math.log(c.interval().high()) - Math.log(c.interval().low())) / 2;
        return new Shift(sign * Math.log(c.ratio()), half);
    }

    private static Shift median(List<BenchmarkComparison> references) {
        List<Shift> shifts = references.stream().map(DriftGuard::shift).toList();
        return new Shift(median(shifts.stream().mapToDouble(Shift::logSlowdown).toArray()),
                median(shifts.stream().mapToDouble(Shift::logHalfWidth).toArray()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
