package dev.perfgate.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparer;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Thresholds;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForestRowsTest {

    @TempDir
    Path dir;

    @Test
    void everyRowReadsInTheTimeDirectionSoRightIsAlwaysSlower() {
        Comparison comparison = ReportFixtures.mixedComparison();
        List<ForestRow> rows = ForestRows.of(comparison);

        BenchmarkComparison thrpt = comparison.benchmarks().stream()
                .filter(c -> c.key().mode() == Mode.THROUGHPUT).findFirst().orElseThrow();
        assertThat(thrpt.verdict()).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(thrpt.ratio()).isGreaterThan(1.4); // 1.5× the operations per second …
        ForestRow row = rows.stream().filter(r -> r.label().startsWith("BreakerBenchmark.call")).findFirst().orElseThrow();
        assertThat(row.ratio()).isCloseTo(1 / thrpt.ratio(), within(1e-12)); // … is 0.67× the time: left of 1
        assertThat(row.ciLow()).isCloseTo(1 / thrpt.interval().high(), within(1e-12));
        assertThat(row.ciHigh()).isCloseTo(1 / thrpt.interval().low(), within(1e-12));
        assertThat(row.outcome()).isEqualTo(Outcome.IMPROVEMENT);

        ForestRow slower = rows.get(0);
        assertThat(slower.outcome()).isEqualTo(Outcome.REGRESSION);
        assertThat(slower.ratio()).isGreaterThan(1.3);
    }

    @Test
    void rowsNameTheirStatisticSkipKeysOnOneSideAndFollowTheComparisonsOrder() {
        Comparison comparison = ReportFixtures.mixedComparison();
        List<ForestRow> rows = ForestRows.of(comparison);

        long measured = comparison.benchmarks().stream().filter(c -> c.verdict().measured()).count();
        assertThat(rows).hasSize((int) measured);
        assertThat(rows).noneMatch(r -> r.label().contains("BudgetBenchmark")); // new: no ratio to draw
        assertThat(rows).anyMatch(r -> r.label().endsWith("sample · p99"))
                .anyMatch(r -> r.label().endsWith("sample · p50"));
        assertThat(rows.get(0).label()).startsWith("TokenBenchmark.validate");
    }

    @Test
    void aRowWithItsOwnThresholdSaysSo() throws Exception {
        Path rules = Files.writeString(dir.resolve(Thresholds.FILE_NAME), "*HandshakeBenchmark.* = 10%\n");
        var settings = new CompareSettings(Thresholds.load(rules, 0.05), 0.99, 200, 42, List.of());
        var key = ReportFixtures.key("HandshakeBenchmark.upgrade", Mode.AVERAGE_TIME);
        Comparison comparison = new Comparer(settings).compare(
                ReportFixtures.run(1, "a", ReportFixtures.scored(key, "ns/op", 100, 1)),
                ReportFixtures.run(2, "b", ReportFixtures.scored(key, "ns/op", 100, 2)));
        assertThat(ForestRows.of(comparison)).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("HandshakeBenchmark.upgrade avgt (±10.0 %)"));
    }
}
