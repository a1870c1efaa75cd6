package dev.perfgate.tracker.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Judges the reference benchmarks (code that never changes) first, and when the machine moved,
 * judges every other benchmark on its slowdown normalized by the machine's.
 *
 * <p>Everything is on the log scale, where a uniform machine slowdown is a constant shift. Two
 * figures are read from the references' slowdowns: their <em>median</em>, the machine's drift (the
 * median because one reference caught by a burst of load must not move every verdict), and their
 * <em>spread</em>, how far one benchmark's slowdown can lie from that drift by the machine alone. The
 * spread is a normal-theory prediction interval for one more reference, {@code t(k-1) * sd *
 * sqrt(1 + pi/(2k))} (the variance of a median of {@code k} is about {@code pi/(2k)} times one's), with
 * the plain standard deviation, not a robust one, on purpose: a burst of load that hit one reference
 * can hit any benchmark, so a reference that stands out must widen every verdict, not be ignored;
 * and never less than the farthest reference's distance from the median, which the normal bound
 * under-states when a burst hit a few references hard and the rest not at all.
 * With fewer than three references no spread can be estimated and the references' own median
 * half-width stands in for it.
 *
 * <p>The machine counts as moved when the drift plus the spread reaches beyond the references'
 * threshold, or when any reference is on its own a REGRESSION or an IMPROVEMENT: what cannot be
 * shown steady is treated as moved (the strict side). Then each benchmark's normalized log slowdown
 * is its own minus the drift of the references that run as many threads as it does (all references
 * when fewer than three do; see {@link #comparable}), with half-width its own and their spread added
 * in quadrature. JMH's mode does not choose the references: on the log scale with the sign turned, a
 * throughput's slowdown and a time's are the same figure. The spread already holds the references'
 * sampling noise, so this counts that noise twice and errs towards inconclusive, never towards a
 * false regression. A normalized interval that still straddles a threshold is {@link
 * Verdict#MACHINE_DRIFT}, which does not fail the gate.
 *
 * <p>Work the machine moves in its own way has references of its own ({@code reference for SCOPE =
 * GLOB}, see {@link Thresholds}): each scope is judged as above on its own references alone, read
 * at the statistic each benchmark is judged on, and moves or stays on its own. A loopback round trip
 * got faster under the load injector while CPU-bound references got slower, so judging it against
 * them would have turned a busy machine into a false improvement and a quiet one into a false
 * regression. The general drift is the one reported.
 *
 * <p>Why the spread: an intermittent load (a CI neighbour's build) slows the benchmarks that ran
 * during its bursts and not the others, so no single drift figure cancels it. Normalizing by the
 * drift's own error alone let such a benchmark through as a REGRESSION in half of the loaded
 * main-job runs of the baseline study (README, "the main-job study"). Stateless,
 * thread-safe.
 */
final class DriftGuard {

    /** The outcomes after the guard, and the drift they were normalized by. */
    record Guarded(List<BenchmarkComparison> benchmarks, MachineDrift drift) {}

    /** A slowdown and its half-width, both on the log scale. */
    private record Shift(double logSlowdown, double logHalfWidth) {}

    /** The machine as the references saw it: the drift, its interval's half-width, and the spread for one benchmark. */
    private record Machine(double logDrift, double logDriftHalfWidth, double logSpread) {
        Shift shift() {
            return new Shift(logDrift, logSpread);
        }
    }

    /** The scope of the general references, those of every benchmark no scoped rule claims. */
    private static final int GENERAL = -1;

    private DriftGuard() {}

    static Guarded apply(List<BenchmarkComparison> outcomes, Thresholds thresholds, double confidence) {
        Map<Integer, List<BenchmarkComparison>> byScope = outcomes.stream()
                .filter(c -> thresholds.isReference(c.key()) && c.statistic() != Statistic.ALLOCATION && bounded(c))
                .collect(Collectors.groupingBy(c -> thresholds.scopeOf(c.key()), TreeMap::new, Collectors.toList()));
        Map<Integer, Group> groups = new HashMap<>();
        byScope.forEach((scope, references) -> {
            Group group = Group.of(references, scope != GENERAL, confidence);
            if (group != null) {
                groups.put(scope, group);
            }
        });
        if (groups.isEmpty()) {
            return new Guarded(outcomes, MachineDrift.UNKNOWN);
        }
        Group general = groups.get(GENERAL);
        MachineDrift drift = general == null ? MachineDrift.UNKNOWN : general.drift();
        List<BenchmarkComparison> guarded = new ArrayList<>();
        for (BenchmarkComparison c : outcomes) {
            // A scope whose references this run lacks (a baseline older than them) falls back to the general ones.
            Group group = groups.getOrDefault(thresholds.scopeOf(c.key()), general);
            if (group == null || !group.moved()) {
                guarded.add(c);
            } else if (c.statistic() == Statistic.ALLOCATION) {
                // Bytes per operation are not a speed: a machine that moved does not move them, so a
                // reference's allocation keeps the allocation gate's verdict like any other benchmark's.
                guarded.add(c);
            } else if (thresholds.isReference(c.key()) && c.verdict().measured()) {
                guarded.add(withVerdict(c, Verdict.MACHINE_DRIFT));
            } else if (bounded(c)) {
                guarded.add(normalized(c, group.comparable(c, confidence)));
            } else {
                guarded.add(c);
            }
        }
        return new Guarded(guarded, drift);
    }

    /**
     * One scope's references and what they say of the machine. The general references are read at
     * their mean, whatever statistic they guard, as the main-job study measured them. Scoped ones
     * are read at the statistic they guard (a p50 by the references' p50, a p99 by their p99), and
     * their scope counts as moved when any of those statistics did: the machine moves a latency
     * distribution's body and its tail differently (in one main-job run, hours after its baseline,
     * the loopback round trip's p50 came out 0.52 times the baseline's, its mean 0.66 and its p99 0.98).
     */
    private record Group(List<BenchmarkComparison> references, boolean byStatistic, MachineDrift drift,
                         boolean moved) {

        /** Null when none of the references is read at a statistic this group uses. */
        static Group of(List<BenchmarkComparison> bounded, boolean byStatistic, double confidence) {
            List<BenchmarkComparison> means = bounded.stream().filter(c -> c.statistic() == Statistic.MEAN).toList();
            List<BenchmarkComparison> read = byStatistic ? bounded : means;
            if (read.isEmpty()) {
                return null;
            }
            List<BenchmarkComparison> headline = means.isEmpty() ? read : means;
            Machine overall = machine(headline, confidence);
            int beyond = (int) read.stream().filter(c -> c.verdict().isChange()).count();
            boolean moved = beyond > 0;
            for (List<BenchmarkComparison> one : read.stream()
                    .collect(Collectors.groupingBy(BenchmarkComparison::statistic)).values()) {
                Machine machine = machine(one, confidence);
                double threshold = Math.log1p(median(one.stream().mapToDouble(BenchmarkComparison::threshold)
                        .toArray()));
                moved |= Math.abs(machine.logDrift()) + machine.logSpread() > threshold;
            }
            MachineDrift drift = new MachineDrift(headline.size(), Math.expm1(overall.logDrift()),
                    new Interval(Math.exp(overall.logDrift() - overall.logDriftHalfWidth()),
                            Math.exp(overall.logDrift() + overall.logDriftHalfWidth())),
                    Math.expm1(overall.logSpread()), beyond, moved);
            return new Group(read, byStatistic, drift, moved);
        }

        /** The shift a benchmark is normalized by: its statistic's references when read by statistic, by threads. */
        Shift comparable(BenchmarkComparison c, double confidence) {
            List<BenchmarkComparison> same = byStatistic
                    ? references.stream().filter(r -> r.statistic() == c.statistic()).toList()
                    : references;
            List<BenchmarkComparison> pool = same.isEmpty()
                    ? references.stream().filter(r -> r.statistic() == Statistic.MEAN).toList()
                    : same;
            return DriftGuard.comparable(pool.isEmpty() ? references : pool, c.key().threads(), confidence);
        }
    }

    /**
     * The drift and spread of the references that run as many threads as the benchmark, or of all
     * of them when fewer than three do. Threads, because load moves contended code the other way:
     * measured on 2026-12-02 with the load injector, a two-thread bare CAS ran 2.4 times faster while
     * single-threaded references ran 0-20 % slower, since a descheduled thread stops contending.
     */
    private static Shift comparable(List<BenchmarkComparison> references, int threads, double confidence) {
        List<BenchmarkComparison> same = references.stream().filter(r -> r.key().threads() == threads).toList();
        return machine(same.size() < 3 ? references : same, confidence).shift();
    }

    /** The drift, its error and the spread of one benchmark around it, from the references' slowdowns. */
    private static Machine machine(List<BenchmarkComparison> references, double confidence) {
        double[] logs = references.stream().map(DriftGuard::shift).mapToDouble(Shift::logSlowdown).toArray();
        double drift = median(logs);
        int k = logs.length;
        if (k < 3) {
            double own = median(references.stream().map(DriftGuard::shift).mapToDouble(Shift::logHalfWidth).toArray());
            return new Machine(drift, own, own);
        }
        double mean = Arrays.stream(logs).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum() / (k - 1));
        double t = TDistribution.of(k - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double medianFactor = Math.PI / (2.0 * k);
        // What the machine did to one reference it can do to any benchmark: never less than the
        // farthest reference, which a normal-theory bound under-states when a burst hit a few hard.
        double farthest = Arrays.stream(logs).map(x -> Math.abs(x - drift)).max().orElseThrow();
        return new Machine(drift, t * sd * Math.sqrt(medianFactor),
                Math.max(farthest, t * sd * Math.sqrt(1 + medianFactor)));
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
