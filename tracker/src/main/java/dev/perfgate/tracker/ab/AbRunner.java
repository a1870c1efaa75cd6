package dev.perfgate.tracker.ab;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.ForkPair;
import dev.perfgate.tracker.compare.Interval;
import dev.perfgate.tracker.compare.PairedComparer;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * Runs an adaptive, interleaved A/B of two builds. Every benchmark method both builds have gets a
 * base fork and a head fork back to back (or at once, pinned to two cores, in a {@link
 * AbMode#DUET}), in the order {@link AbSchedule} deals; after each round
 * every key due a look is judged on its pairs so far, and a key stays decided once its verdict is
 * REGRESSION, IMPROVEMENT or UNCHANGED (each look is error-controlled, see {@link
 * dev.perfgate.tracker.compare.SequentialLooks}). Only methods with an undecided key get more pairs, until
 * each is decided, has the most pairs allowed, or the budget is spent: the budget buys decisions,
 * not forks. Methods in one build only are listed as such, without being run. Not thread-safe.
 */
public final class AbRunner {

    private final ForkRunner base;
    private final ForkRunner head;
    private final AbSettings settings;
    private final LongSupplier nanoTime;
    private final PrintWriter progress;
    /** Runs the head fork of a duet pair while this thread runs the base fork; null when interleaved. */
    private ExecutorService duet;

    public AbRunner(ForkRunner base, ForkRunner head, AbSettings settings, LongSupplier nanoTime, PrintWriter progress) {
        this.base = base;
        this.head = head;
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.progress = progress;
    }

    public AbOutcome run() {
        if (settings.mode() == AbMode.INTERLEAVED) {
            return runAll();
        }
        duet = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ab-duet-head");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return runAll();
        } finally {
            duet.shutdownNow();
        }
    }

    private AbOutcome runAll() {
        long start = nanoTime.getAsLong();
        long budget = settings.budget().toNanos();
        List<String> baseMethods = base.benchmarks();
        List<String> headMethods = head.benchmarks();
        Set<String> common = new LinkedHashSet<>(baseMethods);
        common.retainAll(Set.copyOf(headMethods));
        if (common.isEmpty()) {
            throw new AbException(base.name() + " and " + head.name() + " have no benchmark in common"
                    + " (base has " + baseMethods.size() + ", head " + headMethods.size() + ")");
        }
        PairedComparer comparer = new PairedComparer(settings.thresholds(), settings.looks(), settings.resamples(),
                settings.seed());
        AbSchedule schedule = new AbSchedule(settings.seed());
        Map<BenchmarkKey, List<ForkPair>> pairs = new TreeMap<>();
        Map<BenchmarkKey, String> methodOf = new HashMap<>();
        Map<BenchmarkKey, BenchmarkComparison> decided = new HashMap<>();
        Map<BenchmarkKey, BenchmarkResult> baseOnly = new TreeMap<>();
        Map<BenchmarkKey, BenchmarkResult> headOnly = new TreeMap<>();
        Map<String, Long> methodNanos = new HashMap<>();
        List<String> active = new ArrayList<>(common);
        boolean budgetSpent = false;
        RunInfo baseInfo = null;
        RunInfo headInfo = null;
        int maxPairs = settings.looks().maxPairs();
        for (int round = 0; round < maxPairs && !active.isEmpty() && !budgetSpent; round++) {
            for (String method : schedule.order(active, round)) {
                if (nanoTime.getAsLong() - start >= budget) {
                    budgetSpent = true;
                    break;
                }
                long forkStart = nanoTime.getAsLong();
                Sides pair = runPair(method, schedule.baseFirst(method, round));
                Run baseRun = pair.base();
                Run headRun = pair.head();
                baseInfo = baseInfo == null ? baseRun.info() : baseInfo;
                headInfo = headInfo == null ? headRun.info() : headInfo;
                methodNanos.merge(method, nanoTime.getAsLong() - forkStart, Long::sum);
                addPairs(method, baseRun, headRun, pairs, methodOf, baseOnly, headOnly);
            }
            for (Map.Entry<BenchmarkKey, List<ForkPair>> entry : pairs.entrySet()) {
                BenchmarkKey key = entry.getKey();
                if (!decided.containsKey(key) && settings.looks().isLook(entry.getValue().size())) {
                    BenchmarkComparison look = comparer.compare(key, entry.getValue());
                    if (look.verdict().decisive()) {
                        decided.put(key, look);
                    }
                }
            }
            active = active.stream().filter(method -> pairs.entrySet().stream()
                    .anyMatch(e -> methodOf.get(e.getKey()).equals(method) && !decided.containsKey(e.getKey())))
                    .toList();
            progress.printf("ab: round %d done, %d of %d keys decided, %d methods still running (%.0f s)%n",
                    round + 1, decided.size(), pairs.size(), active.size(), (nanoTime.getAsLong() - start) / 1e9);
            progress.flush();
        }
        List<BenchmarkComparison> outcomes = new ArrayList<>();
        Map<BenchmarkKey, AbOutcome.Effort> effort = new HashMap<>();
        for (Map.Entry<BenchmarkKey, List<ForkPair>> entry : pairs.entrySet()) {
            BenchmarkKey key = entry.getKey();
            // A decided key keeps the verdict of the look that decided it; only the others get a last look.
            BenchmarkComparison outcome = decided.containsKey(key) ? decided.get(key) : comparer.compare(key, entry.getValue());
            outcomes.add(outcome);
            effort.put(key, new AbOutcome.Effort(entry.getValue().size(),
                    Duration.ofNanos(methodNanos.getOrDefault(methodOf.get(key), 0L))));
        }
        baseOnly.forEach((key, result) -> outcomes.add(oneSided(key, result, Verdict.MISSING)));
        headOnly.forEach((key, result) -> outcomes.add(oneSided(key, result, Verdict.NEW)));
        List<String> onlyInBase = baseMethods.stream().filter(m -> !common.contains(m)).toList();
        List<String> onlyInHead = headMethods.stream().filter(m -> !common.contains(m)).toList();
        RunInfo baseRunInfo = label(baseInfo, "ab base: " + base.name());
        RunInfo headRunInfo = label(headInfo, "ab head: " + head.name());
        Run baseSide = side(outcomes, true, baseRunInfo);
        Run headSide = side(outcomes, false, headRunInfo);
        return new AbOutcome(comparer.comparison(baseRunInfo, headRunInfo, outcomes), baseSide, headSide, effort,
                onlyInBase, onlyInHead, Duration.ofNanos(nanoTime.getAsLong() - start), budgetSpent);
    }

    /**
     * One base fork and one head fork of {@code method}: interleaved, the one {@code baseFirst} names
     * runs first; in a duet both run at once, and {@code baseFirst} gives the base the first CPU,
     * so the ABBA blocks balance the cores as they balance the order.
     */
    private Sides runPair(String method, boolean baseFirst) {
        if (settings.mode() == AbMode.INTERLEAVED) {
            Run first = (baseFirst ? base : head).runFork(method, OptionalInt.empty());
            Run second = (baseFirst ? head : base).runFork(method, OptionalInt.empty());
            return baseFirst ? new Sides(first, second) : new Sides(second, first);
        }
        OptionalInt baseCpu = OptionalInt.of(settings.duetCpus().get(baseFirst ? 0 : 1));
        OptionalInt headCpu = OptionalInt.of(settings.duetCpus().get(baseFirst ? 1 : 0));
        CompletableFuture<Run> headFork = CompletableFuture.supplyAsync(() -> head.runFork(method, headCpu), duet);
        Run baseRun;
        try {
            baseRun = base.runFork(method, baseCpu);
        } catch (RuntimeException e) {
            try {
                headFork.join(); // never leave the other fork's JVM running behind a failure
            } catch (CompletionException ignored) {
                // the base fork's failure is the one reported
            }
            throw e;
        }
        try {
            return new Sides(baseRun, headFork.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The two forks of one pair. */
    private record Sides(Run base, Run head) {
    }

    private static void addPairs(String method, Run baseRun, Run headRun, Map<BenchmarkKey, List<ForkPair>> pairs,
            Map<BenchmarkKey, String> methodOf, Map<BenchmarkKey, BenchmarkResult> baseOnly,
            Map<BenchmarkKey, BenchmarkResult> headOnly) {
        for (BenchmarkResult b : baseRun.results()) {
            headRun.result(b.key()).ifPresentOrElse(h -> {
                pairs.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(new ForkPair(b, h));
                methodOf.put(b.key(), method);
            }, () -> baseOnly.putIfAbsent(b.key(), b));
        }
        for (BenchmarkResult h : headRun.results()) {
            if (baseRun.result(h.key()).isEmpty()) {
                headOnly.putIfAbsent(h.key(), h);
            }
        }
    }

    /** A key one build's fork measured and the other's did not (a param or mode only one build has). */
    private BenchmarkComparison oneSided(BenchmarkKey key, BenchmarkResult result, Verdict verdict) {
        boolean inBase = verdict == Verdict.MISSING;
        return new BenchmarkComparison(key, result.unit(), Statistic.MEAN, Double.NaN, Double.NaN, Double.NaN,
                Interval.NONE, settings.thresholds().forKey(key), verdict, Double.NaN, false,
                inBase ? result : null, inBase ? null : result);
    }

    private static RunInfo label(RunInfo info, String label) {
        RunInfo known = info != null ? info : new RunInfo(0, Instant.now(), null, null, null, null);
        return new RunInfo(0, Instant.now(), known.commit(), known.branch(), label, known.environment());
    }

    private static Run side(List<BenchmarkComparison> outcomes, boolean base, RunInfo info) {
        List<BenchmarkResult> results = outcomes.stream()
                .map(o -> base ? o.baseline() : o.current())
                .filter(java.util.Objects::nonNull).toList();
        return new Run(info, results);
    }
}
