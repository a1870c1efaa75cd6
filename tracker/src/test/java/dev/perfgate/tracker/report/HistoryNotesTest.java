package dev.perfgate.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.store.HistoryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request's report says, beside each regression, whether main's history already shows a
 * change near it: one benchmark slowed on main six runs ago, the other has been flat.
 */
class HistoryNotesTest {

    private static final BenchmarkKey SLOWED_ON_MAIN = ReportFixtures.key("ParserBenchmark.parse", Mode.AVERAGE_TIME);
    private static final BenchmarkKey FLAT_ON_MAIN = ReportFixtures.key("WriterBenchmark.write", Mode.AVERAGE_TIME);

    @TempDir
    Path dir;

    @Test
    void each_regression_says_whether_main_changed_near_it() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
        Comparison comparison;
        try (HistoryStore store = HistoryStore.open(url)) {
            for (int i = 1; i <= 30; i++) { // main: the parser 12 % slower from run 25 on
                store.save(ReportFixtures.run(i, null,
                        ReportFixtures.scored(SLOWED_ON_MAIN, "ns/op", i < 25 ? 100 : 112, i),
                        ReportFixtures.scored(FLAT_ON_MAIN, "ns/op", 50, 100 + i)));
            }
            Run baseline = ReportFixtures.run(31, "baseline", ReportFixtures.scored(SLOWED_ON_MAIN, "ns/op", 100, 1),
                    ReportFixtures.scored(FLAT_ON_MAIN, "ns/op", 50, 2));
            Run pr = ReportFixtures.run(32, "pr", ReportFixtures.scored(SLOWED_ON_MAIN, "ns/op", 115, 3),
                    ReportFixtures.scored(FLAT_ON_MAIN, "ns/op", 60, 4));
            comparison = ReportFixtures.compare(baseline, pr);
        }
        WrittenReport written = ComparisonReport.write(comparison, dir.resolve("report"), url,
                new java.io.PrintWriter(new java.io.StringWriter()));
        String markdown = Files.readString(written.markdown(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("## Main's history near the regressions")
                .containsPattern("`ParserBenchmark.parse avgt`: main's history already shows a change near it: "
                        + "\\+1[12]\\.\\d% \\[.*\\] worse at abc25 \\(run #25, after abc24\\), p = .*, 5 runs before "
                        + "main's newest")
                .contains("`WriterBenchmark.write avgt`: main's history (30 runs) shows no change in its last 10 runs");
        String html = Files.readString(written.html(), StandardCharsets.UTF_8);
        assertThat(html).contains("<h2>Main's history near the regressions</h2>").contains("worse at abc25");
    }

    @Test
    void without_a_history_there_is_no_note_and_a_short_one_says_it_is_too_short() {
        assertThat(ChangeNotes.none().note(FLAT_ON_MAIN)).isEmpty();
        try (HistoryStore store = HistoryStore.open("jdbc:h2:file:" + dir.resolve("short").toAbsolutePath())) {
            for (int i = 1; i <= 4; i++) {
                store.save(ReportFixtures.run(i, null, ReportFixtures.scored(FLAT_ON_MAIN, "ns/op", 50, i)));
            }
            StoreChangeNotes notes = new StoreChangeNotes(store, "main");
            assertThat(notes.note(FLAT_ON_MAIN)).hasValueSatisfying(text -> assertThat(text)
                    .isEqualTo("main's history has 4 runs of it: too few to show a change (one needs 3 runs a side)"));
            assertThat(notes.note(SLOWED_ON_MAIN)).isEqualTo(Optional.of("main has no history of it"));
        }
    }
}
