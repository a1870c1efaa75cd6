package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.PostgresServer;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.HistoryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tracker db copy}: H2 to H2 everywhere, H2 to PostgreSQL and back where a server is
 * configured ({@link PostgresServer}). Each copy is checked run by run against its source, down
 * to the bytes of every stored histogram, and copying again adds nothing.
 */
class DbCopyCommandTest {

    @TempDir
    Path dir;

    private String h2(String name) {
        return "jdbc:h2:file:" + dir.resolve(name + "/history").toAbsolutePath();
    }

    /** An H2 history of two real runs, one of them sample mode (histograms). */
    private String source() {
        String url = h2("source");
        CliRun ingest = CliRun.of("ingest", JmhCorpus.PG_CLIENT.toString(), JmhCorpus.HOLLOW.toString(), "--db", url,
                "--commit", "c1");
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        return url;
    }

    @Test
    void aCopyBetweenH2FilesIsExactAndIdempotent() {
        String from = source();
        String to = h2("target");
        copyTwiceAndCheck(from, to);
    }

    @Test
    void aHistoryMovesFromH2ToPostgresAndBack() {
        String from = source();
        try (PostgresServer.Database server = PostgresServer.newDatabase()) {
            copyTwiceAndCheck(from, server.url());
            copyTwiceAndCheck(server.url(), h2("back"));
            assertSameRuns(from, h2("back"));
        }
    }

    @Test
    void onlyWhatTheTargetLacksIsCopied() {
        String from = source();
        String to = h2("target");
        assertThat(CliRun.of("ingest", JmhCorpus.HOLLOW.toString(), "--db", to, "--label", "the target's own").exitCode())
                .isZero();
        CliRun copy = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(copy.exitCode()).as(copy.toString()).isZero();
        assertThat(copy.out()).contains("copied 2 runs").contains("(0 already there); it holds 3 runs");
    }

    @Test
    void aMissingSourceOrTheSameDatabaseTwiceExitsTwo() {
        CliRun missing = CliRun.of("db", "copy", "--from", h2("nowhere"), "--to", h2("target"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("tracker db copy: no history database at");
        String from = source();
        CliRun same = CliRun.of("db", "copy", "--from", from, "--to", from);
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("--from and --to are the same database");
    }

    private void copyTwiceAndCheck(String from, String to) {
        CliRun first = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("copied 2 runs").contains("(0 already there); it holds 2 runs")
                .containsPattern("verified: all 2 source runs are in the target, [1-9]\\d* histograms \\([1-9]\\d* bytes\\)");
        CliRun again = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("copied 0 runs").contains("(2 already there); it holds 2 runs");
        assertSameRuns(from, to);
    }

    private static void assertSameRuns(String from, String to) {
        List<Run> source = load(from);
        List<Run> target = load(to);
        assertThat(target).hasSameSizeAs(source);
        for (int r = 0; r < source.size(); r++) {
            RunInfo a = source.get(r).info();
            RunInfo b = target.get(r).info();
            assertThat(b.time()).isEqualTo(a.time());
            assertThat(b.commit()).isEqualTo(a.commit());
            assertThat(b.environment()).isEqualTo(a.environment());
            assertThat(target.get(r).results()).isEqualTo(source.get(r).results());
            List<byte[]> sourceBytes = histogramBytes(source.get(r));
            List<byte[]> targetBytes = histogramBytes(target.get(r));
            assertThat(targetBytes).hasSameSizeAs(sourceBytes);
            for (int i = 0; i < sourceBytes.size(); i++) {
                assertThat(targetBytes.get(i)).as("histogram %d of run %d", i, a.id()).isEqualTo(sourceBytes.get(i));
            }
        }
    }

    private static List<Run> load(String url) {
        try (HistoryStore store = HistoryStore.openExisting(url, Duration.ofSeconds(10))) {
            List<Run> runs = new ArrayList<>();
            store.runs().stream().sorted((x, y) -> Long.compare(x.id(), y.id())).forEach(info -> runs.add(store.load(info.id())));
            return runs;
        }
    }

    private static List<byte[]> histogramBytes(Run run) {
        List<byte[]> bytes = new ArrayList<>();
        for (BenchmarkResult result : run.results()) {
            for (Iteration it : result.iterations()) {
                if (it.hasLatencies()) {
                    bytes.add(it.samples().compressed());
                }
            }
        }
        return bytes;
    }
}
