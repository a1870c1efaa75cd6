package dev.perfgate.tracker.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparer;
import dev.perfgate.tracker.compare.SequentialLooks;
import dev.perfgate.tracker.compare.Thresholds;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adaptive, interleaved A/B on builds of known truth, on a machine whose speed drifts. */
class AbRunnerTest {

    private static final SequentialLooks LOOKS = new SequentialLooks(0.99, 3, 10);

    private static AbSettings settings(Duration budget) {
        return new AbSettings(Thresholds.uniform(0.05), LOOKS, budget, 7, 1000);
    }

    private static AbOutcome run(SyntheticBuild base, SyntheticBuild head, SyntheticBuild.Machine machine,
            Duration budget) {
        return new AbRunner(base, head, settings(budget), machine::nanoTime, new PrintWriter(new StringWriter())).run();
    }

    /** Speed falls from 1.0 to 0.6 over the first 40 forks and stays there: a machine that got busy. */
    private static double slowingDown(double fork) {
        return fork < 40 ? 1.0 - 0.01 * fork : 0.6;
    }

    private static BenchmarkComparison only(AbOutcome outcome, String benchmark) {
        return outcome.comparison().benchmarks().stream().filter(c -> c.key().benchmark().equals(benchmark))
                .findFirst().orElseThrow();
    }

    @Test
    void a_drift_that_measuring_one_build_after_the_other_calls_a_regression_is_cancelled_by_interleaving() {
        Map<String, Double> truth = Map.of("x.A.same", 1000.0);
        // One build after the other, as baseline mode does: the base's forks before the machine slowed, the head's after.
        SyntheticBuild.Machine sequential = new SyntheticBuild.Machine(AbRunnerTest::slowingDown, 0.01, 0.01, 1);
        SyntheticBuild seqBase = new SyntheticBuild("base", sequential, truth);
        SyntheticBuild seqHead = new SyntheticBuild("head", sequential, truth);
        Run before = merged(seqBase, 10);
        Run after = merged(seqHead, 10);
        var unpaired = new Comparer(CompareSettings.defaults(0.05)).compare(before, after);
        assertThat(unpaired.benchmarks().get(0).verdict()).isEqualTo(Verdict.REGRESSION);

        SyntheticBuild.Machine shared = new SyntheticBuild.Machine(AbRunnerTest::slowingDown, 0.01, 0.01, 1);
        AbOutcome ab = run(new SyntheticBuild("base", shared, truth), new SyntheticBuild("head", shared, truth), shared,
                Duration.ofHours(1));
        BenchmarkComparison verdict = only(ab, "x.A.same");
        assertThat(verdict.verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(verdict.interval().low()).isLessThanOrEqualTo(1.0);
        assertThat(verdict.interval().high()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void a_real_ten_percent_slowdown_is_found_through_the_drift_and_its_interval_covers_the_truth() {
        SyntheticBuild.Machine machine = new SyntheticBuild.Machine(AbRunnerTest::slowingDown, 0.01, 0.01, 2);
        AbOutcome ab = run(new SyntheticBuild("base", machine, Map.of("x.A.slower", 1000.0)),
                new SyntheticBuild("head", machine, Map.of("x.A.slower", 1000.0 / 1.10)), machine, Duration.ofHours(1));
        BenchmarkComparison verdict = only(ab, "x.A.slower");
        assertThat(verdict.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(verdict.interval().low()).isLessThan(1 / 1.10);
        assertThat(verdict.interval().high()).isGreaterThan(1 / 1.10);
        assertThat(verdict.slowdown()).isBetween(0.07, 0.13);
    }

    @Test
    void only_undecided_benchmarks_get_more_pairs() {
        SyntheticBuild.Machine machine = new SyntheticBuild.Machine(fork -> 1.0, 0.001, 0.001, 3);
        // "noisy" has 8 % fork-to-fork noise and a true change right at the threshold: it cannot decide early.
        Map<String, Double> baseTruth = Map.of("x.A.quiet", 1000.0, "x.A.noisy", 1000.0);
        Map<String, Double> headTruth = Map.of("x.A.quiet", 1000.0, "x.A.noisy", 1000.0 / 1.05);
        Map<String, Double> noise = Map.of("x.A.noisy", 0.08);
        SyntheticBuild base = new SyntheticBuild("base", machine, baseTruth, noise);
        SyntheticBuild head = new SyntheticBuild("head", machine, headTruth, noise);
        AbOutcome ab = run(base, head, machine, Duration.ofHours(1));
        assertThat(only(ab, "x.A.quiet").verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(ab.effort().get(only(ab, "x.A.quiet").key()).pairs()).isEqualTo(LOOKS.firstLook());
        assertThat(ab.effort().get(only(ab, "x.A.noisy").key()).pairs()).isEqualTo(LOOKS.maxPairs());
        assertThat(base.forksRun.stream().filter("x.A.quiet"::equals)).hasSize(LOOKS.firstLook());
        assertThat(ab.budgetSpent()).isFalse();
    }

    @Test
    void the_budget_stops_new_pairs_and_says_so() {
        SyntheticBuild.Machine machine = new SyntheticBuild.Machine(fork -> 1.0, 0.08, 0.01, 4);
        Map<String, Double> truth = Map.of("x.A.one", 1000.0, "x.A.two", 1000.0);
        // Two forks a pair at 1 s each: a 9 s budget buys four pairs and a half.
        AbOutcome ab = run(new SyntheticBuild("base", machine, truth), new SyntheticBuild("head", machine, truth),
                machine, Duration.ofSeconds(9));
        assertThat(ab.budgetSpent()).isTrue();
        int pairs = ab.effort().values().stream().mapToInt(AbOutcome.Effort::pairs).sum();
        assertThat(pairs).isEqualTo(5);
        assertThat(ab.elapsed()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void methods_one_build_lacks_are_listed_not_run() {
        SyntheticBuild.Machine machine = new SyntheticBuild.Machine(fork -> 1.0, 0.001, 0.001, 5);
        SyntheticBuild base = new SyntheticBuild("base", machine, Map.of("x.A.kept", 10.0, "x.A.gone", 10.0));
        SyntheticBuild head = new SyntheticBuild("head", machine, Map.of("x.A.kept", 10.0, "x.A.added", 10.0));
        AbOutcome ab = run(base, head, machine, Duration.ofHours(1));
        assertThat(ab.onlyInBase()).containsExactly("x.A.gone");
        assertThat(ab.onlyInHead()).containsExactly("x.A.added");
        assertThat(base.forksRun).containsOnly("x.A.kept");
        assertThat(ab.base().results()).hasSize(1);
        assertThat(ab.head().results().get(0).forkCount()).isEqualTo(LOOKS.firstLook());
    }

    @Test
    void a_duet_pins_the_two_forks_of_every_pair_to_different_cpus_and_balances_them_over_each_block() {
        // Noise too wide for any early decision, so every benchmark runs all ten pairs (five ABBA blocks).
        SyntheticBuild.Machine machine = new SyntheticBuild.Machine(fork -> 1.0, 0.3, 0.01, 5);
        Map<String, Double> truth = Map.of("x.A.one", 1000.0, "x.A.two", 10.0);
        SyntheticBuild base = new SyntheticBuild("base", machine, truth);
        SyntheticBuild head = new SyntheticBuild("head", machine, truth);
        AbSettings duet = new AbSettings(Thresholds.uniform(0.05), LOOKS, Duration.ofHours(1), 7, 1000,
                AbMode.DUET, List.of(2, 5));

        AbOutcome outcome = new AbRunner(base, head, duet, machine::nanoTime, new PrintWriter(new StringWriter())).run();

        assertThat(outcome.effort().values()).allSatisfy(effort -> assertThat(effort.pairs()).isEqualTo(10));
        for (String method : truth.keySet()) {
            List<java.util.OptionalInt> baseCpus = cpusOf(base, method);
            List<java.util.OptionalInt> headCpus = cpusOf(head, method);
            assertThat(baseCpus).hasSize(10).allSatisfy(cpu -> assertThat(cpu.getAsInt()).isIn(2, 5));
            for (int pair = 0; pair < 10; pair++) {
                assertThat(headCpus.get(pair)).isNotEqualTo(baseCpus.get(pair));
            }
            for (int block = 0; block < 5; block++) {
                assertThat(baseCpus.subList(2 * block, 2 * block + 2)).as("%s block %d", method, block)
                        .containsExactlyInAnyOrder(java.util.OptionalInt.of(2), java.util.OptionalInt.of(5));
            }
        }
    }

    @Test
    void interleaved_forks_are_never_pinned() {
        SyntheticBuild.Machine machine = new SyntheticBuild.Machine(fork -> 1.0, 0.01, 0.01, 5);
        SyntheticBuild base = new SyntheticBuild("base", machine, Map.of("x.A.one", 1000.0));
        SyntheticBuild head = new SyntheticBuild("head", machine, Map.of("x.A.one", 1000.0));
        run(base, head, machine, Duration.ofHours(1));
        assertThat(base.cpusUsed).isNotEmpty().allSatisfy(cpu -> assertThat(cpu).isEmpty());
        assertThat(head.cpusUsed).isNotEmpty().allSatisfy(cpu -> assertThat(cpu).isEmpty());
    }

    @Test
    void a_failing_fork_in_a_duet_fails_the_ab_with_its_own_message_after_the_other_fork_ends() {
        SyntheticBuild.Machine machine = new SyntheticBuild.Machine(fork -> 1.0, 0.01, 0.01, 5);
        SyntheticBuild base = new SyntheticBuild("base", machine, Map.of("x.A.one", 1000.0));
        ForkRunner failingHead = new ForkRunner() {
            @Override
            public String name() {
                return "head.jar";
            }

            @Override
            public List<String> benchmarks() {
                return List.of("x.A.one");
            }

            @Override
            public Run runFork(String benchmark, java.util.OptionalInt cpu) {
                throw new AbException("head.jar: exit 1 while running " + benchmark);
            }
        };
        AbSettings duet = new AbSettings(Thresholds.uniform(0.05), LOOKS, Duration.ofHours(1), 7, 1000,
                AbMode.DUET, AbSettings.DEFAULT_DUET_CPUS);
        assertThatThrownBy(() -> new AbRunner(base, failingHead, duet, machine::nanoTime,
                new PrintWriter(new StringWriter())).run())
                .isInstanceOf(AbException.class).hasMessage("head.jar: exit 1 while running x.A.one");
        assertThat(base.forksRun).containsExactly("x.A.one");
    }

    @Test
    void a_duet_needs_two_different_cpus() {
        assertThatThrownBy(() -> new AbSettings(Thresholds.uniform(0.05), LOOKS, Duration.ofMinutes(1), 7, 1000,
                AbMode.DUET, List.of(1, 1))).hasMessageContaining("two different CPU numbers");
    }

    private static List<java.util.OptionalInt> cpusOf(SyntheticBuild build, String method) {
        List<java.util.OptionalInt> cpus = new ArrayList<>();
        for (int i = 0; i < build.forksRun.size(); i++) {
            if (build.forksRun.get(i).equals(method)) {
                cpus.add(build.cpusUsed.get(i));
            }
        }
        return cpus;
    }

    @Test
    void builds_with_nothing_in_common_are_refused_naming_both() {
        SyntheticBuild.Machine machine = new SyntheticBuild.Machine(fork -> 1.0, 0.005, 0.005, 6);
        assertThatThrownBy(() -> run(new SyntheticBuild("old.jar", machine, Map.of("x.A.a", 1.0)),
                new SyntheticBuild("new.jar", machine, Map.of("x.B.b", 1.0)), machine, Duration.ofHours(1)))
                .isInstanceOf(AbException.class)
                .hasMessageContaining("old.jar").hasMessageContaining("new.jar").hasMessageContaining("no benchmark in common");
    }

    /** {@code forks} forks of one build, one after the other, as one run. */
    private static Run merged(SyntheticBuild build, int forks) {
        List<Iteration> iterations = new ArrayList<>();
        BenchmarkResult first = null;
        for (int f = 0; f < forks; f++) {
            BenchmarkResult fork = build.runFork(build.benchmarks().get(0), java.util.OptionalInt.empty()).results().get(0);
            first = first == null ? fork : first;
            for (Iteration it : fork.iterations()) {
                iterations.add(new Iteration(f, it.iteration(), it.score(), null));
            }
        }
        return new Run(new RunInfo(0, java.time.Instant.EPOCH, null, null, null, null),
                List.of(new BenchmarkResult(first.key(), first.unit(), iterations, first.jmh(), null)));
    }
}
