package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The drift guard on runs of known truth: the machine slows every benchmark, references included,
 * by a known factor; one benchmark may also have a real slowdown of its own.
 */
class DriftGuardTest {

    /** Twelve, as a real suite has (perfgate's has 17): with three, t(2) makes any verdict under drift a guess. */
    private static final String[] REFERENCES = {"RefCpu", "RefHash", "RefCas", "RefSha", "RefAes", "RefCrc",
        "RefSpin", "RefCopy", "RefParse", "RefMac", "RefLoop", "RefAlloc"};
    private static final String[] BENCHMARKS = {"parse", "verify", "sign", "encode", "breaker"};

    /** A run where every time is multiplied by {@code machine}, and {@code slowed} by {@code real} on top. */
    private static Run run(long seed, double machine, String slowed, double real, Mode mode) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BenchmarkResult> results = new ArrayList<>();
        for (String name : concat(REFERENCES, BENCHMARKS)) {
            double time = 100 * machine * (name.equals(slowed) ? real : 1);
            double score = mode.higherIsBetter() ? 1e3 / time : time;
            String unit = mode.higherIsBetter() ? "ops/ms" : "us/op";
            results.add(SyntheticRuns.scores(SyntheticRuns.key(name, mode), unit, score, 5, 5, 0.01, 0.01, random));
        }
        return SyntheticRuns.run(results.toArray(BenchmarkResult[]::new));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Comparison compare(Run baseline, Run current, boolean withReferences) {
        Thresholds thresholds = Thresholds.uniform(0.05);
        if (withReferences) {
            thresholds = thresholds.withReferences(List.of("*.Bench.Ref*"));
        }
        return new Comparer(new CompareSettings(thresholds, 0.99, 2000, 42, List.of())).compare(baseline, current);
    }

    private static Verdict verdictOf(Comparison comparison, String name) {
        return comparison.benchmarks().stream().filter(c -> c.key().shortName().endsWith("." + name))
                .findFirst().orElseThrow().verdict();
    }

    @Test
    void withoutReferencesAUniformMachineSlowdownLooksLikeRegressions() {
        // The failure the guard exists for: this is what compare said before it knew about the machine.
        Comparison comparison = compare(run(1, 1.0, "", 1, Mode.AVERAGE_TIME), run(2, 1.2, "", 1, Mode.AVERAGE_TIME),
                false);
        assertThat(comparison.counts().get(Verdict.REGRESSION)).isEqualTo(REFERENCES.length + BENCHMARKS.length);
        assertThat(comparison.drift().moved()).isFalse();
    }

    @Test
    void aUniformMachineSlowdownIsNoRegression() {
        for (Mode mode : List.of(Mode.AVERAGE_TIME, Mode.THROUGHPUT)) {
            for (long seed = 1; seed <= 10; seed++) {
                Comparison comparison = compare(run(seed, 1.0, "", 1, mode), run(seed + 100, 1.2, "", 1, mode), true);
                assertThat(comparison.has(Verdict.REGRESSION)).as("%s seed %d", mode, seed).isFalse();
                assertThat(comparison.drift().moved()).isTrue();
                assertThat(comparison.drift().slowdown()).isBetween(0.15, 0.25);
                for (String reference : REFERENCES) {
                    assertThat(verdictOf(comparison, reference)).isEqualTo(Verdict.MACHINE_DRIFT);
                }
            }
        }
    }

    @Test
    void aRealSlowdownUnderAMachineSlowdownIsStillFound() {
        for (Mode mode : List.of(Mode.AVERAGE_TIME, Mode.THROUGHPUT)) {
            for (long seed = 1; seed <= 10; seed++) {
                Comparison comparison = compare(run(seed, 1.0, "", 1, mode),
                        run(seed + 100, 1.2, "verify", 1.15, mode), true);
                assertThat(verdictOf(comparison, "verify")).as("%s seed %d", mode, seed).isEqualTo(Verdict.REGRESSION);
                assertThat(comparison.counts().get(Verdict.REGRESSION)).as("%s seed %d", mode, seed).isEqualTo(1);
                BenchmarkComparison verify = comparison.benchmarks().stream()
                        .filter(c -> c.key().shortName().endsWith(".verify")).findFirst().orElseThrow();
                assertThat(verify.slowdown()).isBetween(0.10, 0.20);
            }
        }
    }

    @Test
    void referencesTooNoisyToShowTheMachineSteadyStillStopAUniformSlowdownFromFailingTheGate() {
        // The references vary 30 % fork to fork: their drift interval is wide, so nothing shows the
        // machine stayed put, and a 25 % uniform slowdown must not come out as regressions.
        for (long seed = 1; seed <= 10; seed++) {
            Comparison comparison = compare(noisyReferences(seed, 1.0), noisyReferences(seed + 100, 1.25), true);
            assertThat(comparison.drift().moved()).as("seed %d", seed).isTrue();
            assertThat(comparison.has(Verdict.REGRESSION)).as("seed %d", seed).isFalse();
        }
    }

    /** Quiet benchmarks (1 % noise) beside references with 30 % noise between forks, all times × {@code machine}. */
    private static Run noisyReferences(long seed, double machine) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BenchmarkResult> results = new ArrayList<>();
        for (String name : REFERENCES) {
            results.add(SyntheticRuns.scores(SyntheticRuns.key(name, Mode.AVERAGE_TIME), "us/op", 100 * machine, 5, 5,
                    0.30, 0.01, random));
        }
        for (String name : BENCHMARKS) {
            results.add(SyntheticRuns.scores(SyntheticRuns.key(name, Mode.AVERAGE_TIME), "us/op", 100 * machine, 5, 5,
                    0.01, 0.01, random));
        }
        return SyntheticRuns.run(results.toArray(BenchmarkResult[]::new));
    }

    @Test
    void aMachineThatMovedLeavesEveryAllocationVerdictToTheAllocationGate() {
        // Measured 2026-12-03, two quiet full-profile runs 80 minutes apart: the machine moved +6.5 %,
        // and the 17 references' allocation (a few bytes of JMH's own per iteration, over millions of
        // operations) came out MACHINE_DRIFT although the allocation gate had them UNCHANGED.
        Comparison comparison = compare(allocating(run(1, 1.0, "", 1, Mode.AVERAGE_TIME), 1.0),
                allocating(run(2, 1.2, "", 1, Mode.AVERAGE_TIME), 1.2), true);
        assertThat(comparison.drift().moved()).isTrue();
        List<BenchmarkComparison> allocation = comparison.benchmarks().stream()
                .filter(c -> c.statistic() == Statistic.ALLOCATION).toList();
        assertThat(allocation).hasSize(REFERENCES.length + BENCHMARKS.length)
                .allSatisfy(c -> assertThat(c.verdict()).as(c.key().shortName()).isEqualTo(Verdict.UNCHANGED));
        assertThat(comparison.benchmarks().stream().filter(c -> c.statistic() != Statistic.ALLOCATION
                && c.key().shortName().contains(".Ref"))).allSatisfy(c -> assertThat(c.verdict())
                        .isEqualTo(Verdict.MACHINE_DRIFT));
    }

    @Test
    void aReferenceThatStartedToAllocateIsStillAnAllocationRegression() {
        Run base = allocating(run(1, 1.0, "", 1, Mode.AVERAGE_TIME), 1.0);
        Run now = allocating(run(2, 1.2, "", 1, Mode.AVERAGE_TIME), 1.2);
        BenchmarkResult[] results = now.results().stream().map(r -> !r.key().shortName().endsWith("." + REFERENCES[0]) ? r
                : new BenchmarkResult(r.key(), r.unit(), r.iterations(), r.jmh(), new TreeMap<>(Map.of(
                        "gc.alloc.rate.norm", new SecondaryMetric("gc.alloc.rate.norm", 24, 0.01, "B/op")))))
                .toArray(BenchmarkResult[]::new);
        Comparison comparison = compare(base, SyntheticRuns.run(results), true);
        assertThat(comparison.benchmarks().stream().filter(c -> c.statistic() == Statistic.ALLOCATION
                && c.key().shortName().endsWith("." + REFERENCES[0])).findFirst().orElseThrow().verdict())
                .isEqualTo(Verdict.REGRESSION);
    }

    /** {@code run} with {@code gc.alloc.rate.norm} on every result: JMH's own few bytes an iteration, per operation, × {@code machine}. */
    private static Run allocating(Run run, double machine) {
        return SyntheticRuns.run(run.results().stream().map(r -> new BenchmarkResult(r.key(), r.unit(),
                r.iterations(), r.jmh(), new TreeMap<>(Map.of("gc.alloc.rate.norm",
                        new SecondaryMetric("gc.alloc.rate.norm", 1e-4 * machine, 1e-6, "B/op")))))
                .toArray(BenchmarkResult[]::new));
    }

    @Test
    void aQuietMachineLeavesVerdictsAlone() {
        Comparison comparison = compare(run(1, 1.0, "", 1, Mode.AVERAGE_TIME),
                run(2, 1.0, "verify", 1.15, Mode.AVERAGE_TIME), true);
        assertThat(comparison.drift().moved()).isFalse();
        assertThat(comparison.has(Verdict.MACHINE_DRIFT)).isFalse();
        assertThat(verdictOf(comparison, "verify")).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void everyFormatSaysTheMachineMoved() {
        Comparison comparison = compare(run(1, 1.0, "", 1, Mode.AVERAGE_TIME), run(2, 1.2, "", 1, Mode.AVERAGE_TIME),
                true);
        assertThat(OutputFormat.TEXT.render(comparison)).containsPattern("MACHINE MOVED: the machine moved \\+1[5-9]\\.|MACHINE MOVED: the machine moved \\+2[0-4]\\.");
        assertThat(OutputFormat.MARKDOWN.render(comparison)).contains("**Machine moved:**");
        assertThat(OutputFormat.JSON.render(comparison)).contains("\"moved\" : true");
        assertThat(OutputFormat.JUNIT.render(comparison)).doesNotContain("<failure");
    }

    /**
     * Intermittent load, as the load injector makes it: bursts of a few seconds, so each fork of each
     * benchmark (references among them) is slowed 20-60 % or not, at random. The code is the same on
     * both sides, so nothing may be a REGRESSION.
     */
    @Test
    void burstsOfLoadThatHitSomeForksAndNotOthersAreNoRegression() {
        for (long seed = 1; seed <= 40; seed++) {
            Comparison comparison = compare(bursty(seed, Bursts.NONE), bursty(seed + 1000, Bursts.PER_FORK), true);
            assertThat(regressions(comparison)).as("seed %d", seed).isEmpty();
            assertThat(comparison.drift().moved()).as("seed %d", seed).isTrue();
        }
    }

    /**
     * The harder case: a burst slowed every fork of a third of the references and a third of the
     * benchmarks alike, so no benchmark's own interval shows it. Only the references can.
     */
    @Test
    void burstsThatHitWholeBenchmarksAreNoRegression() {
        for (long seed = 1; seed <= 40; seed++) {
            Comparison comparison = compare(bursty(seed, Bursts.NONE), bursty(seed + 1000, Bursts.WHOLE), true);
            assertThat(regressions(comparison)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void theSpreadOfTheReferencesIsWhatMakesTheMachineMovedUnderBursts() {
        // The median reference is not slowed at all (the burst hit a third of them), so a rule on the
        // median's interval alone calls this machine steady; the spread is what shows it was not.
        Comparison comparison = compare(bursty(7, Bursts.NONE), bursty(1007, Bursts.WHOLE), true);
        assertThat(comparison.drift().moved()).isTrue();
        assertThat(Math.abs(comparison.drift().slowdown())).isLessThan(0.05);
        assertThat(comparison.drift().spread()).isGreaterThan(0.15);
        assertThat(OutputFormat.TEXT.render(comparison)).contains("of that by the machine alone");
    }

    @Test
    void aContendedReferenceThatLoadSpedUpDoesNotBlindTheSingleThreadedVerdicts() {
        // As measured under the load injector: the two-thread CAS limit ran 2.4 times faster (a
        // descheduled thread stops contending) while the machine slowed everything else by 20 %.
        // Single-threaded benchmarks are judged on single-threaded references, so the real 15 %
        // slowdown is still found; a two-thread benchmark, with one comparable reference, is not judged.
        for (long seed = 1; seed <= 10; seed++) {
            Comparison comparison = compare(withContended(run(seed, 1.0, "", 1, Mode.AVERAGE_TIME), 1.0, seed),
                    withContended(run(seed + 100, 1.2, "verify", 1.15, Mode.AVERAGE_TIME), 1 / 2.4, seed + 100),
                    true);
            assertThat(comparison.drift().moved()).as("seed %d", seed).isTrue();
            assertThat(verdictOf(comparison, "verify")).as("seed %d", seed).isEqualTo(Verdict.REGRESSION);
            assertThat(verdictOf(comparison, "breakerTwoThreads")).as("seed %d", seed).isEqualTo(Verdict.MACHINE_DRIFT);
        }
    }

    /** {@code run} plus a two-thread reference and a two-thread benchmark, their times × {@code factor}. */
    private static Run withContended(Run run, double factor, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BenchmarkResult> results = new ArrayList<>(run.results());
        for (String name : List.of("RefCasTwoThreads", "breakerTwoThreads")) {
            BenchmarkKey key = new BenchmarkKey("dev.perfgate.synthetic.Bench." + name, Mode.AVERAGE_TIME,
                    new TreeMap<>(), 2);
            results.add(SyntheticRuns.scores(key, "us/op", 100 * factor, 5, 5, 0.01, 0.01, random));
        }
        return SyntheticRuns.run(results.toArray(BenchmarkResult[]::new));
    }

    private static List<String> regressions(Comparison comparison) {
        return comparison.benchmarks().stream().filter(c -> c.verdict() == Verdict.REGRESSION)
                .map(c -> c.key().shortName() + " " + c.ratio()).toList();
    }

    @Test
    void aRunComparedWithItselfIsASteadyMachine() {
        Run run = bursty(3, Bursts.WHOLE);
        Comparison comparison = compare(run, run, true);
        assertThat(comparison.drift().moved()).isFalse();
        assertThat(comparison.drift().spread()).isEqualTo(0.0);
        // Three forks a side leave some intervals wider than ±5 % (t with 2 degrees of freedom): those
        // stay INCONCLUSIVE, as without references, and none becomes MACHINE_DRIFT.
        assertThat(comparison.has(Verdict.MACHINE_DRIFT)).isFalse();
        assertThat(comparison.has(Verdict.REGRESSION)).isFalse();
        assertThat(comparison.benchmarks()).allSatisfy(c -> assertThat(c.ratio()).isEqualTo(1.0));
    }

    @Test
    void aReferenceThatIsOnItsOwnARegressionMakesTheMachineMoved() {
        // Eleven steady references and one 40 % slower: the median and the spread stay small enough,
        // but a reference (code nobody changed) that regressed is proof the machine did not stay put.
        Comparison comparison = compare(run(5, 1.0, "", 1, Mode.AVERAGE_TIME),
                run(6, 1.0, "RefCas", 1.4, Mode.AVERAGE_TIME), true);
        assertThat(comparison.drift().beyond()).isEqualTo(1);
        assertThat(comparison.drift().moved()).isTrue();
        assertThat(comparison.drift().sentence()).contains("1 of them beyond their threshold on their own");
        assertThat(verdictOf(comparison, "RefCas")).isEqualTo(Verdict.MACHINE_DRIFT);
    }

    /**
     * A CPU suite plus a loopback latency ("roundTrip", SampleTime) and its own reference
     * ("LoopbackRef"), as the golden path has. {@code cpu} multiplies every CPU time, {@code loopback}
     * every latency (under the load injector the CPU got slower and loopback latency faster), and
     * {@code realRoundTrip} the round trip alone.
     */
    private static Run withLoopback(long seed, double cpu, double loopback, double realRoundTrip,
            boolean withLoopbackReference) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BenchmarkResult> results = new ArrayList<>(run(seed, cpu, "", 1, Mode.AVERAGE_TIME).results());
        List<String> latencies = withLoopbackReference ? List.of("roundTrip", "LoopbackRef") : List.of("roundTrip");
        for (String name : latencies) {
            double level = 200_000 * loopback * (name.equals("roundTrip") ? realRoundTrip : 1);
            results.add(SyntheticRuns.samples(SyntheticRuns.key(name, Mode.SAMPLE_TIME), 5, 5, 400, 0.01, random,
                    () -> level * (1 + 0.02 * SyntheticRuns.gaussian(random))));
        }
        return SyntheticRuns.run(results.toArray(BenchmarkResult[]::new));
    }

    private static Comparison compareScoped(Run baseline, Run current) {
        Thresholds thresholds = Thresholds.uniform(0.05).withReferences(List.of("*.Bench.Ref*"))
                .withScopedReference("*.Bench.roundTrip", "*.Bench.LoopbackRef");
        return new Comparer(new CompareSettings(thresholds, 0.99, 2000, 42, List.of())).compare(baseline, current);
    }

    private static List<Verdict> verdictsOf(Comparison comparison, String name) {
        return comparison.benchmarks().stream().filter(c -> c.key().shortName().endsWith("." + name))
                .map(BenchmarkComparison::verdict).toList();
    }

    @Test
    void loopbackLatencyThatLoadSpedUpIsAFalseImprovementAgainstCpuReferences() {
        // The failure scoped references exist for, as the main-job study met it: the CPU 20 % slower,
        // the loopback round trip twice as fast, the code the same. Judged on CPU references alone,
        // the round trip "improved".
        Comparison comparison = compare(withLoopback(1, 1.0, 1.0, 1, false), withLoopback(2, 1.2, 0.5, 1, false),
                true);
        assertThat(verdictsOf(comparison, "roundTrip")).contains(Verdict.IMPROVEMENT);
    }

    @Test
    void aScopedReferenceJudgesLoopbackLatencyOnWhatTheMachineDidToLoopback() {
        for (long seed = 1; seed <= 10; seed++) {
            Comparison comparison = compareScoped(withLoopback(seed, 1.0, 1.0, 1, true),
                    withLoopback(seed + 100, 1.2, 0.5, 1, true));
            assertThat(verdictsOf(comparison, "roundTrip")).as("seed %d", seed)
                    .doesNotContain(Verdict.IMPROVEMENT, Verdict.REGRESSION);
            assertThat(verdictsOf(comparison, "LoopbackRef")).as("seed %d", seed).containsOnly(Verdict.MACHINE_DRIFT);
            // The general drift is the CPU references' alone: the loopback reference is not among them.
            assertThat(comparison.drift().references()).isEqualTo(REFERENCES.length);
            assertThat(comparison.drift().slowdown()).as("seed %d", seed).isBetween(0.15, 0.25);
            assertThat(comparison.has(Verdict.REGRESSION)).as("seed %d", seed).isFalse();
        }
    }

    @Test
    void aRealLoopbackLatencyRegressionUnderAMovedMachineIsStillFound() {
        // Loopback twice as fast by the machine, the round trip 30 % slower than that by the code.
        for (long seed = 1; seed <= 10; seed++) {
            Comparison comparison = compareScoped(withLoopback(seed, 1.0, 1.0, 1, true),
                    withLoopback(seed + 100, 1.2, 0.5, 1.3, true));
            assertThat(verdictsOf(comparison, "roundTrip")).as("seed %d", seed).contains(Verdict.REGRESSION)
                    .doesNotContain(Verdict.IMPROVEMENT);
            assertThat(comparison.counts().get(Verdict.REGRESSION)).as("seed %d", seed)
                    .isEqualTo(verdictsOf(comparison, "roundTrip").stream()
                            .filter(v -> v == Verdict.REGRESSION).count());
        }
    }

    @Test
    void aScopeThatMovedLeavesTheRestOfASteadyMachineAlone() {
        // Only loopback moved: the CPU benchmarks keep their own verdicts, a real 15 % slowdown among them too.
        Run baseline = withLoopback(3, 1.0, 1.0, 1, true);
        SplittableRandom random = new SplittableRandom(7);
        List<BenchmarkResult> current = new ArrayList<>(withLoopback(4, 1.0, 0.5, 1, true).results());
        current.removeIf(r -> r.key().shortName().endsWith(".verify"));
        current.add(SyntheticRuns.scores(SyntheticRuns.key("verify", Mode.AVERAGE_TIME), "us/op", 115, 5, 5, 0.01,
                0.01, random));
        Comparison comparison = compareScoped(baseline, SyntheticRuns.run(current.toArray(BenchmarkResult[]::new)));
        assertThat(comparison.drift().moved()).isFalse();
        assertThat(verdictOf(comparison, "verify")).isEqualTo(Verdict.REGRESSION);
        assertThat(verdictsOf(comparison, "LoopbackRef")).containsOnly(Verdict.MACHINE_DRIFT);
        assertThat(comparison.benchmarks()).filteredOn(c -> c.key().mode() == Mode.AVERAGE_TIME)
                .noneMatch(c -> c.verdict() == Verdict.MACHINE_DRIFT);
    }

    @Test
    void aScopeWhoseReferenceOneRunLacksFallsBackToTheGeneralReferences() {
        // A baseline measured before the loopback reference existed: the round trip is judged as it
        // was before scopes, on the CPU references, which here makes the machine's doing an improvement.
        Comparison comparison = compareScoped(withLoopback(5, 1.0, 1.0, 1, false),
                withLoopback(6, 1.2, 0.5, 1, true));
        assertThat(verdictsOf(comparison, "LoopbackRef")).containsOnly(Verdict.NEW);
        assertThat(verdictsOf(comparison, "roundTrip")).contains(Verdict.IMPROVEMENT);
    }

    @Test
    void aReferenceThatIsItsOwnScopeIsNeverARegressionAndGuardsNothingElse() {
        // A reference that guards only itself (a new reference not yet shown to track anything): the
        // machine's loopback 40 % slower on a steady CPU. The reference is the machine's drift; the
        // round trip, slowed for real by as much, is still judged on the (unmoved) general references.
        Thresholds thresholds = Thresholds.uniform(0.05).withReferences(List.of("*.Bench.Ref*"))
                .withScopedReference("*.Bench.LoopbackRef", "*.Bench.LoopbackRef");
        for (long seed = 1; seed <= 5; seed++) {
            Comparison comparison = new Comparer(new CompareSettings(thresholds, 0.99, 2000, 42, List.of()))
                    .compare(withLoopback(seed, 1.0, 1.0, 1, true), withLoopback(seed + 100, 1.0, 1.4, 1, true));
            assertThat(verdictsOf(comparison, "LoopbackRef")).as("seed %d", seed).containsOnly(Verdict.MACHINE_DRIFT);
            assertThat(verdictsOf(comparison, "roundTrip")).as("seed %d", seed).contains(Verdict.REGRESSION);
            assertThat(comparison.drift().references()).isEqualTo(REFERENCES.length);
            assertThat(comparison.drift().moved()).as("seed %d", seed).isFalse();
        }
    }

    /** What a burst of load hits: nothing, forks at random, or every fork of a third of the benchmarks. */
    private enum Bursts { NONE, PER_FORK, WHOLE }

    /** Twelve references and twenty benchmarks, 3 forks of 5 iterations, 1 % noise, slowed 20-60 % where a burst hit. */
    private static Run bursty(long seed, Bursts bursts) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BenchmarkResult> results = new ArrayList<>();
        List<String> benchmarks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            benchmarks.add("bench" + i);
        }
        for (List<String> group : List.of(List.of(REFERENCES), benchmarks)) {
            List<String> hit = new ArrayList<>(group);
            Collections.shuffle(hit, new Random(random.nextLong()));
            hit = hit.subList(0, bursts == Bursts.WHOLE ? group.size() / 3 : 0);
            for (String name : group) {
                double[] forks = new double[3];
                double whole = hit.contains(name) ? random.nextDouble(1.2, 1.6) : 1.0;
                for (int f = 0; f < forks.length; f++) {
                    boolean forkHit = bursts == Bursts.PER_FORK && random.nextBoolean();
                    forks[f] = forkHit ? random.nextDouble(1.2, 1.6) : whole;
                }
                results.add(SyntheticRuns.scores(SyntheticRuns.key(name, Mode.AVERAGE_TIME), "us/op", 100, 3, 5,
                        0.01, 0.01, random, forks));
            }
        }
        return SyntheticRuns.run(results.toArray(BenchmarkResult[]::new));
    }
}
