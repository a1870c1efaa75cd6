package dev.perfgate.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.store.HistoryStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonReportTest {

    @TempDir
    Path dir;

    @Test
    void anEmbeddedH2FileCountsAsExistingOnlyWhenItsFileIsThere() {
        Path base = dir.resolve("history").toAbsolutePath();
        assertThat(ComparisonReport.exists("jdbc:h2:file:" + base)).isFalse();
        assertThat(ComparisonReport.exists("jdbc:h2:" + base + ";AUTO_SERVER=TRUE")).isFalse();
        try (HistoryStore store = HistoryStore.open("jdbc:h2:file:" + base)) {
            assertThat(store.runs()).isEmpty();
        }
        assertThat(ComparisonReport.exists("jdbc:h2:file:" + base)).isTrue();
        assertThat(ComparisonReport.exists("jdbc:h2:" + base + ";AUTO_SERVER=TRUE")).isTrue();
        // a server or an in-memory database cannot be checked from here: assumed present
        assertThat(ComparisonReport.exists("jdbc:h2:mem:x")).isTrue();
        assertThat(ComparisonReport.exists("jdbc:postgresql://db/perf")).isTrue();
    }

    @Test
    void withoutADatabaseTheReportIsWrittenWithoutTrendsAndSaysSo() throws Exception {
        StringWriter log = new StringWriter();
        Path missing = dir.resolve("none");
        WrittenReport written = ComparisonReport.write(ReportFixtures.mixedComparison(), dir.resolve("report"),
                "jdbc:h2:file:" + missing.toAbsolutePath(), new PrintWriter(log, true));
        assertThat(log.toString()).contains("no history database").contains("trend charts left out");
        assertThat(written.charts()).noneMatch(p -> p.getFileName().toString().startsWith("trend-"));
        assertThat(dir.resolve("none.mv.db")).doesNotExist();
    }
}
