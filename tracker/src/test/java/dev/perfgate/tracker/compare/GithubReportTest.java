package dev.perfgate.tracker.compare;

import static dev.perfgate.tracker.compare.SyntheticRuns.run;
import static dev.perfgate.tracker.compare.SyntheticRuns.scores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code --format github} output against GitHub's documented formats: a comment under
 * 65,536 characters however many benchmarks, and workflow commands
 * {@code ::error title=T::message} with GitHub's escaping.
 */
class GithubReportTest {

    /** The workflow command syntax: no raw CR/LF anywhere, no raw ':' or ',' in a property value. */
    private static final Pattern COMMAND = Pattern.compile("::(error|warning) title=[^:,\\r\\n]*::[^\\r\\n]*");
    /** What perfgate-comment.yml adds to the body: the artifact's link, the run's and the commit. */
    private static final int WORKFLOW_LINE = 400;
    private static final int GITHUB_COMMENT_LIMIT = 65_536;

    private static final CompareSettings SETTINGS = new CompareSettings(Thresholds.uniform(0.05), 0.99, 200, 42, List.of());

    private static BenchmarkKey key(int i, Mode mode) {
        Map<String, String> params = new TreeMap<>(Map.of("payloadSize", String.valueOf(1 << (i % 12)),
                "implementation", "implementation-number-" + i, "algorithm", i % 2 == 0 ? "ES256" : "RS256"));
        return new BenchmarkKey("dev.perfgate.synthetic.SomeRatherLongBenchmarkClassName.method" + i, mode,
                new TreeMap<>(params), 1 + i % 4);
    }

    /** {@code n} benchmarks, every fifth 30 % slower, every seventh noisy: many rows need attention. */
    private static Comparison many(int n) {
        SplittableRandom random = new SplittableRandom(7);
        List<BenchmarkResult> before = new ArrayList<>();
        List<BenchmarkResult> after = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BenchmarkKey key = key(i, i % 3 == 0 ? Mode.THROUGHPUT : Mode.AVERAGE_TIME);
            String unit = key.mode() == Mode.THROUGHPUT ? "ops/s" : "ns/op";
            double noise = i % 7 == 0 ? 0.2 : 0.005;
            double slower = i % 5 == 0 ? 1.3 : 1.0;
            double truth = key.mode() == Mode.THROUGHPUT ? 1e6 / slower : 100 * slower;
            before.add(scores(key, unit, key.mode() == Mode.THROUGHPUT ? 1e6 : 100, 3, 3, noise, noise, random));
            after.add(scores(key, unit, truth, 3, 3, noise, noise, random));
        }
        return new Comparer(SETTINGS).compare(run(before.toArray(BenchmarkResult[]::new)),
                run(after.toArray(BenchmarkResult[]::new)));
    }

    @Test
    void aCommentForFiveHundredBenchmarksStaysUnderGithubsLimitAndSaysWhatItLeftOut() {
        Comparison comparison = many(500);
        assertThat(comparison.benchmarks()).hasSize(500);
        String body = GithubReport.summary(comparison, Gate.REGRESSION);

        assertThat(body.length()).isLessThanOrEqualTo(GithubReport.BUDGET);
        assertThat(body.length() + WORKFLOW_LINE).isLessThan(GITHUB_COMMENT_LIMIT);
        assertThat(body).startsWith(GithubReport.MARKER + "\n### 🔴 perfgate: FAIL (exit 1");
        assertThat(body).containsPattern("\\d+ rows? left out to fit a comment");
        // the most severe rows are the ones kept: the first regression is in the table
        String first = comparison.benchmarks().get(0).key().shortName();
        assertThat(comparison.benchmarks().get(0).verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(body).contains("`" + first);
        // every <details> that opens closes, and the code fence of the forest plot closes
        assertThat(count(body, "<details")).isEqualTo(count(body, "</details>"));
        assertThat(count(body, "```") % 2).isZero();
    }

    @Test
    void aSmallCommentHasEveryRowAndNothingLeftOut() {
        Comparison comparison = many(12);
        String body = GithubReport.summary(comparison, Gate.REGRESSION);
        assertThat(body).doesNotContain("left out");
        for (BenchmarkComparison c : comparison.benchmarks()) {
            assertThat(body).contains(c.key().shortName());
        }
    }

    @Test
    void slowerThroughputReadsAsAPositiveChangeInTableAndForestAlike() {
        BenchmarkKey thrpt = SyntheticRuns.key("thrpt", Mode.THROUGHPUT);
        SplittableRandom random = new SplittableRandom(3);
        Comparison comparison = new Comparer(SETTINGS).compare(
                run(scores(thrpt, "ops/s", 1_000_000, 3, 3, 0.002, 0.002, random)),
                run(scores(thrpt, "ops/s", 800_000, 3, 3, 0.002, 0.002, random)));
        BenchmarkComparison c = comparison.benchmarks().get(0);
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.ratio()).isLessThan(1);
        assertThat(c.worseRatio()).isCloseTo(1.25, org.assertj.core.data.Offset.offset(0.01));

        String body = GithubReport.summary(comparison, Gate.REGRESSION);
        assertThat(body).containsPattern("\\| \\+2[45]\\.\\d% \\|").contains(" M ops/s | 0.8");
        String forestLine = body.lines().filter(l -> l.contains("Bench.thrpt") && l.contains("●")).findFirst()
                .orElseThrow();
        assertThat(forestLine.indexOf('●')).as("right of no change").isGreaterThan(forestLine.indexOf('┆'));
    }

    @Test
    void theGateSaysPassOrFailWithItsExitCode() {
        BenchmarkKey noisy = SyntheticRuns.key("noisy", Mode.AVERAGE_TIME);
        SplittableRandom random = new SplittableRandom(5);
        Comparison comparison = new Comparer(SETTINGS).compare(run(scores(noisy, "ns/op", 100, 3, 3, 0.3, 0.3, random)),
                run(scores(noisy, "ns/op", 104, 3, 3, 0.3, 0.3, random)));
        assertThat(comparison.benchmarks().get(0).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(GithubReport.summary(comparison, Gate.REGRESSION)).contains("🟢 perfgate: PASS (exit 0");
        assertThat(GithubReport.summary(comparison, Gate.INCONCLUSIVE)).contains("🔴 perfgate: FAIL (exit 1");
    }

    @Test
    void annotationsAreGithubWorkflowCommandsAtMostTenOfAKind() {
        String annotations = GithubReport.annotations(many(100));
        List<String> lines = annotations.lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).matches(COMMAND));
        List<String> errors = lines.stream().filter(l -> l.startsWith("::error ")).toList();
        assertThat(errors).hasSize(GithubReport.ANNOTATIONS_PER_KIND);
        assertThat(errors.get(errors.size() - 1)).matches("::error title=perfgate%3A regression::\\d+ more; see the job summary");
        assertThat(errors.get(0)).contains("%25").doesNotContain("% ");
    }

    @Test
    void escapingIsGithubs() {
        assertThat(GithubReport.command("error", "a: b, c", "50% of\r\nit"))
                .isEqualTo("::error title=a%3A b%2C c::50%25 of%0D%0Ait");
    }

    @Test
    void noRegressionNoDriftNoAnnotation() {
        BenchmarkKey same = SyntheticRuns.key("same", Mode.AVERAGE_TIME);
        SplittableRandom random = new SplittableRandom(9);
        Comparison comparison = new Comparer(SETTINGS).compare(run(scores(same, "ns/op", 100, 3, 3, 0.001, 0.001, random)),
                run(scores(same, "ns/op", 100, 3, 3, 0.001, 0.001, random)));
        assertThat(GithubReport.annotations(comparison)).isEmpty();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
