package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.util.Optional;

/**
 * Allocation as its own gate: when both results carry {@code gc.alloc.rate.norm} ({@code -prof gc}),
 * bytes per operation are compared with a tight threshold, because allocation is nearly
 * deterministic where time is not. "0 B/op became 24 B/op" then fails the gate even when the time
 * is inconclusive.
 *
 * <p>The rule: a change counts when it exceeds {@code max(5 % of the baseline, 8 B/op)} (8 bytes is
 * one object header's granularity on a 64-bit JVM, so smaller moves are measurement rounding of the
 * per-op average) plus both sides' JMH score errors combined in quadrature (a missing error counts
 * as 0). Beyond it on the bad side: REGRESSION; on the good side: IMPROVEMENT; else UNCHANGED.
 *
 * <p>Five per cent, not one, because "nearly deterministic" holds within a JVM, not between
 * them: escape analysis settles differently fork by fork, so a benchmark's forks sit at a few
 * discrete levels, and three forks a side can agree on different ones by chance (measured
 * 2026-12-02, unchanged code, four main-job runs: perfgate's RS256 validate at 7,673 B/op in every
 * fork of one run and 7,505-7,649 in the others, 2.2 % apart with score errors of a byte or two,
 * which the 1 % rule called an IMPROVEMENT). The hot paths this gate guards allocate nothing, where
 * the 8-byte floor decides. Stateless, thread-safe.
 */
final class AllocationGate {

    /** The relative part of the threshold, a fraction of the baseline's bytes per operation. */
    static final double RELATIVE = 0.05;
    /** The absolute floor of the threshold, bytes per operation. */
    static final double ABSOLUTE_BYTES = 8;

    private AllocationGate() {}

    static Optional<BenchmarkComparison> compare(BenchmarkKey key, BenchmarkResult base, BenchmarkResult now,
            boolean crossEnvironment) {
        Optional<SecondaryMetric> before = allocation(base);
        Optional<SecondaryMetric> after = allocation(now);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        double b = before.get().score();
        double c = after.get().score();
        double error = Math.hypot(orZero(before.get().scoreError()), orZero(after.get().scoreError()));
        double allowed = Math.max(RELATIVE * b, ABSOLUTE_BYTES) + error;
        Verdict verdict = c - b > allowed ? Verdict.REGRESSION : b - c > allowed ? Verdict.IMPROVEMENT : Verdict.UNCHANGED;
        double ratio = b > 0 ? c / b : c > 0 ? Double.POSITIVE_INFINITY : 1;
        Interval interval = b > 0 ? new Interval(Math.max(0, c - error) / b, (c + error) / b) : Interval.NONE;
        double detectable = b > 0 ? allowed / b : Double.POSITIVE_INFINITY;
        return Optional.of(new BenchmarkComparison(key, after.get().unit(), Statistic.ALLOCATION, b, c, ratio,
                interval, RELATIVE, verdict, detectable, crossEnvironment, base, now));
    }

    /** JMH names it "gc.alloc.rate.norm" since 1.24 and "·gc.alloc.rate.norm" (U+00B7 prefix) before. */
    private static Optional<SecondaryMetric> allocation(BenchmarkResult result) {
        for (String name : new String[] {"gc.alloc.rate.norm", "\u00b7gc.alloc.rate.norm"}) {
            SecondaryMetric metric = result.secondary().get(name);
            if (metric != null && Double.isFinite(metric.score()) && metric.score() >= 0) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }

    private static double orZero(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
