package dev.perfgate.tracker.bisect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Interval;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.revision.RevisionBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The search itself, on commits of known truth (which regress, which do not build), without git or
 * JVMs: the judge says REGRESSION exactly for the commits from the culprit on.
 */
class BisectorTest {

    private static final BenchmarkKey KEY = new BenchmarkKey("x.Bench.run", Mode.AVERAGE_TIME, null, 1);

    private final List<String> measured = new ArrayList<>();

    private Bisector bisector(List<String> commits, int culprit, Set<String> broken) {
        Map<Path, String> jarToCommit = new java.util.HashMap<>();
        Bisector.Builds builds = commit -> {
            if (broken.contains(commit)) {
                return new RevisionBuilder.Build.Failed("the build failed (exit 1): no such symbol");
            }
            Path jar = Path.of(commit + ".jar");
            jarToCommit.put(jar, commit);
            return new RevisionBuilder.Build.Built(jar, false);
        };
        Bisector.Judge judge = (goodJar, jar) -> {
            String commit = jarToCommit.get(jar);
            measured.add(commit);
            boolean regressed = commits.indexOf(commit) >= culprit;
            return comparison(regressed ? Verdict.REGRESSION : Verdict.UNCHANGED);
        };
        return new Bisector(builds, judge, commit -> commit + " subject", line -> { });
    }

    private static Comparison comparison(Verdict verdict) {
        BenchmarkComparison c = new BenchmarkComparison(KEY, "ns/op", Statistic.MEAN, 100, 120, 1.2,
                new Interval(1.15, 1.25), 0.05, verdict, 0.07, false, null, null);
        return new Comparison(null, null, false, CompareSettings.defaults(0.05), List.of(c));
    }

    private static List<String> commits(int n) {
        List<String> commits = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            commits.add("c" + i);
        }
        return commits;
    }

    @Test
    void finds_the_culprit_among_sixteen_commits_in_five_ab_runs() {
        List<String> commits = commits(16);
        for (int culprit = 0; culprit < 16; culprit++) {
            measured.clear();
            BisectOutcome outcome = bisector(commits, culprit, Set.of()).run("c0", commits);
            assertThat(outcome.found()).isTrue();
            assertThat(outcome.first().commit()).as("culprit %d", culprit).isEqualTo(commits.get(culprit));
            assertThat(outcome.suspects()).isEmpty();
            assertThat(measured).as("culprit %d", culprit).hasSizeLessThanOrEqualTo(5); // BAD, then log2(16)
        }
    }

    @Test
    void a_commit_that_does_not_build_is_skipped_and_its_neighbour_tried() {
        List<String> commits = commits(8);
        BisectOutcome outcome = bisector(commits, 5, Set.of("c4")).run("c0", commits);
        assertThat(outcome.first().commit()).isEqualTo("c6");
        assertThat(outcome.suspects()).isEmpty();
        assertThat(outcome.steps()).anySatisfy(step -> {
            assertThat(step.commit()).isEqualTo("c4");
            assertThat(step.built()).isFalse();
            assertThat(step.detail()).contains("does not build").contains("no such symbol");
        });
    }

    @Test
    void a_culprit_behind_unbuildable_commits_names_them_as_suspects() {
        List<String> commits = commits(8);
        BisectOutcome outcome = bisector(commits, 5, Set.of("c4", "c5")).run("c0", commits);
        assertThat(outcome.first().commit()).isEqualTo("c6");
        assertThat(outcome.suspects()).extracting(BisectStep::commit).containsExactly("c4", "c5");
    }

    @Test
    void when_bad_does_not_regress_nothing_else_is_measured() {
        List<String> commits = commits(8);
        BisectOutcome outcome = bisector(commits, 99, Set.of()).run("c0", commits);
        assertThat(outcome.found()).isFalse();
        assertThat(measured).containsExactly("c8");
        assertThat(outcome.steps()).singleElement().satisfies(step -> assertThat(step.verdict()).isEqualTo(Verdict.UNCHANGED));
    }

    @Test
    void good_or_bad_that_does_not_build_is_refused() {
        List<String> commits = commits(4);
        assertThatThrownBy(() -> bisector(commits, 2, Set.of("c0")).run("c0", commits))
                .hasMessageContaining("GOOD c0 subject does not build");
        assertThatThrownBy(() -> bisector(commits, 2, Set.of("c4")).run("c0", commits))
                .hasMessageContaining("BAD c4 subject does not build");
        assertThatThrownBy(() -> bisector(commits, 2, Set.of()).run("c0", List.of()))
                .hasMessageContaining("no commit after GOOD");
    }
}
