package dev.perfgate.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.store.HistoryStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTrendsTest {

    private static final BenchmarkKey SAMPLED = ReportFixtures.key("TokenBenchmark.validate", Mode.SAMPLE_TIME,
            "impl", "perfgate");
    private static final BenchmarkKey AVERAGED = ReportFixtures.key("HandshakeBenchmark.upgrade", Mode.AVERAGE_TIME);

    @TempDir
    Path dir;

    private HistoryStore store() {
        return HistoryStore.open("jdbc:h2:file:" + dir.resolve("history").toAbsolutePath());
    }

    @Test
    void recordedCurrentRunIsTheNewestPointFlaggedWithTheBaselineMarked() {
        try (HistoryStore store = store()) {
            long first = store.save(ReportFixtures.run(1, "base", ReportFixtures.sampled(SAMPLED, 1_000, 1)));
            store.save(ReportFixtures.run(2, "mid", ReportFixtures.sampled(SAMPLED, 1_020, 2)));
            long third = store.save(ReportFixtures.run(3, "pr", ReportFixtures.sampled(SAMPLED, 1_500, 3)));
            Comparison comparison = ReportFixtures.compare(store.load(first), store.load(third));
            assertThat(comparison.benchmarks()).anyMatch(c -> c.verdict() == Verdict.REGRESSION);

            TrendChart trend = new StoreTrends(store)
                    .trend(SAMPLED, comparison.current(), comparison.benchmarks()).orElseThrow();

            assertThat(trend.points()).extracting(TrendPoint::run).containsExactly("#1 abc1 01-01 01:00", "#2 abc2 01-01 02:00",
                    "#3 abc3 01-01 03:00");
            assertThat(trend.points()).extracting(TrendPoint::regression).containsExactly(false, false, true);
            assertThat(trend.unit()).isEqualTo("us/op");
            TrendPoint newest = trend.points().get(2);
            // 1500 ns × 1.05 (uniform +0…10 %) × 1.09 (1 % of samples at 10×) = 1.72 µs
            assertThat(newest.score()).isCloseTo(1.72, within(0.05));
            assertThat(newest.hasP99()).isTrue();
            assertThat(newest.p99()).isGreaterThan(newest.score());
            assertThat(trend.baselineScore()).isCloseTo(comparison.benchmarks().stream()
                    .filter(c -> c.statistic().label().equals("mean")).findFirst().orElseThrow().baselineValue(),
                    within(1e-12));
        }
    }

    @Test
    void unrecordedCurrentRunIsAppendedAndOtherUnitsAreConverted() {
        try (HistoryStore store = store()) {
            // recorded in ns/op; the current run reports us/op
            store.save(ReportFixtures.run(1, "old", ReportFixtures.scored(AVERAGED, "ns/op", 2_000, 1)));
            BenchmarkResult current = inMicros(ReportFixtures.scored(AVERAGED, "ns/op", 2_000, 2));
            Comparison comparison = ReportFixtures.compare(
                    ReportFixtures.run(0, "baseline", ReportFixtures.scored(AVERAGED, "ns/op", 2_000, 3)),
                    new Run(ReportFixtures.run(0, "file", current).info(), List.of(current)));

            TrendChart trend = new StoreTrends(store)
                    .trend(AVERAGED, comparison.current(), comparison.benchmarks()).orElseThrow();

            assertThat(trend.unit()).isEqualTo("us/op");
            assertThat(trend.points()).extracting(TrendPoint::run).containsExactly("#1 abc1 01-01 01:00", "this run");
            assertThat(trend.points()).allSatisfy(p -> assertThat(p.score()).isCloseTo(2.0, within(0.05)));
            assertThat(trend.points()).noneMatch(TrendPoint::hasP99);
        }
    }

    @Test
    void aFileComparedAfterItWasIngestedIsItsStoredRunNotASecondThisRun() {
        try (HistoryStore store = store()) {
            BenchmarkResult measured = ReportFixtures.scored(AVERAGED, "ns/op", 2_000, 2);
            store.save(ReportFixtures.run(1, "old", ReportFixtures.scored(AVERAGED, "ns/op", 2_000, 1)));
            store.save(ReportFixtures.run(2, "ingested", measured));
            // README's flow: ingest result.json, then compare result.json: the file's run has no id
            Run file = new Run(new dev.perfgate.tracker.model.RunInfo(0, null, null, null, null, null), List.of(measured));
            Comparison comparison = ReportFixtures.compare(
                    ReportFixtures.run(0, "baseline", ReportFixtures.scored(AVERAGED, "ns/op", 2_000, 3)), file);

            StoreTrends trends = new StoreTrends(store);
            TrendChart trend = trends.trend(AVERAGED, comparison.current(), comparison.benchmarks()).orElseThrow();
            assertThat(trend.points()).extracting(TrendPoint::run)
                    .containsExactly("#1 abc1 01-01 01:00", "#2 abc2 01-01 02:00");
            assertThat(trends.withStoredCurrent(comparison).current().commit()).isEqualTo("abc2");
        }
    }

    @Test
    void aReportFromTheStoreHasAHistoryChartPerKey() throws Exception {
        try (HistoryStore store = store()) {
            long a = store.save(ReportFixtures.run(1, "a", ReportFixtures.sampled(SAMPLED, 1_000, 1),
                    ReportFixtures.scored(AVERAGED, "ns/op", 100, 1)));
            long b = store.save(ReportFixtures.run(2, "b", ReportFixtures.sampled(SAMPLED, 1_000, 2),
                    ReportFixtures.scored(AVERAGED, "ns/op", 100, 2)));
            Report report = new ReportBuilder(new StoreTrends(store))
                    .build(ReportFixtures.compare(store.load(a), store.load(b)));
            assertThat(report.benchmarks()).allSatisfy(charts -> assertThat(charts.charts())
                    .anyMatch(TrendChart.class::isInstance));
            WrittenReport written = new ReportWriter().write(report, dir.resolve("report"));
            assertThat(written.charts()).filteredOn(p -> p.getFileName().toString().startsWith("trend-")).hasSize(2);
        }
    }

    private static BenchmarkResult inMicros(BenchmarkResult nanos) {
        List<Iteration> iterations = nanos.iterations().stream()
                .map(it -> new Iteration(it.fork(), it.iteration(), it.score() / 1000, null)).toList();
        return new BenchmarkResult(nanos.key(), "us/op", iterations,
                new dev.perfgate.tracker.model.JmhSummary(nanos.jmh().score() / 1000, Double.NaN, null), null);
    }
}
