package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Single-fork and in-process ({@code forks: 0}) results from real projects get a verdict from their
 * iterations, labelled weaker: a uniform 30 % slowdown is found, a 0.5 % jitter is not called.
 */
class SingleForkTest {

    private static Run read(String file) {
        return new JmhResultReader().read(JmhCorpus.DIR.resolve(file));
    }

    /** The same run with every iteration score passed through {@code change} (time modes: bigger is slower). */
    private static Run changed(Run run, DoubleUnaryOperator change) {
        List<BenchmarkResult> results = run.results().stream().map(r -> new BenchmarkResult(r.key(), r.unit(),
                r.iterations().stream().map(i -> new Iteration(i.fork(), i.iteration(), change.applyAsDouble(i.score()),
                        i.samples())).toList(), r.jmh(), r.secondary())).toList();
        return new Run(run.info(), results);
    }

    private static Comparison compare(Run baseline, Run current) {
        return new Comparer(new CompareSettings(Thresholds.uniform(0.05), 0.99, 1000, 42, List.of()))
                .compare(baseline, current);
    }

    @ParameterizedTest
    @ValueSource(strings = {"twineworks__collections-benchmarks__jmh-result.json",  // 1 fork, avgt ns/op
            "gpanther__benchmark-arraycopy__jmh-result.json"})                       // forks: 0, avgt ns/op
    void aUniformThirtyPercentSlowdownIsARegression(String file) {
        Run baseline = read(file);
        Comparison comparison = compare(baseline, changed(baseline, score -> score * 1.3));
        Map<Verdict, Integer> counts = comparison.counts();
        assertThat(comparison.has(Verdict.REGRESSION)).isTrue();
        assertThat(counts.get(Verdict.UNCHANGED) + counts.get(Verdict.IMPROVEMENT)).isZero();
        assertThat(counts.get(Verdict.REGRESSION)).as("%s", counts)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * comparison.benchmarks().size()));
        assertThat(comparison.benchmarks()).allMatch(BenchmarkComparison::singleFork);
    }

    @ParameterizedTest
    @ValueSource(strings = {"twineworks__collections-benchmarks__jmh-result.json",
            "gpanther__benchmark-arraycopy__jmh-result.json"})
    void theFileAgainstItselfJitteredByHalfAPercentIsNoRegression(String file) {
        Run baseline = read(file);
        SplittableRandom random = new SplittableRandom(7);
        Comparison comparison = compare(baseline, changed(baseline, score -> score * (1 + 0.005 * (2 * random.nextDouble() - 1))));
        assertThat(comparison.has(Verdict.REGRESSION)).as("%s", comparison.counts()).isFalse();
        assertThat(comparison.has(Verdict.IMPROVEMENT)).isFalse();
    }

    @Test
    void everyFormatLabelsTheVerdictWeaker() {
        Run baseline = read("twineworks__collections-benchmarks__jmh-result.json");
        Comparison comparison = compare(baseline, changed(baseline, score -> score * 1.3));
        assertThat(OutputFormat.TEXT.render(comparison)).contains("[weaker: one fork", "firm with 3 forks a side");
        assertThat(OutputFormat.MARKDOWN.render(comparison)).contains("(weaker: 1 fork; firm with 3 forks)");
        assertThat(OutputFormat.JSON.render(comparison)).contains("\"singleFork\" : true", "\"forksForFirmVerdict\" : 3");
        assertThat(OutputFormat.JUNIT.render(comparison)).contains("[weaker: one fork");
    }

    @Test
    void oneForkOfOneIterationStaysUnbounded() {
        RatioEstimate estimate = RatioEstimate.of(new RatioEstimate.Side(100, 0.01, 1, 1),
                new RatioEstimate.Side(130, 0.01, 1, 5), 0.99);
        assertThat(estimate.interval().high()).isInfinite();
    }
}
