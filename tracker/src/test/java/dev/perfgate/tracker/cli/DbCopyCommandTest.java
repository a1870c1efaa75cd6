package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.PostgresServer;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.AbPair;
import dev.perfgate.tracker.store.HistoryStore;
import dev.perfgate.tracker.store.RunFingerprint;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tracker db copy}: H2 to H2 everywhere, H2 to PostgreSQL and back where a server is
 * configured ({@link PostgresServer}). Each copy is checked run by run against its source, down
 * to the bytes of every stored histogram, each A/B pair must link the target's copies of its two
 * runs, and copying again adds nothing.
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
        String to = targetWithARunOfItsOwn();
        CliRun copy = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(copy.exitCode()).as(copy.toString()).isZero();
        assertThat(copy.out()).contains("copied 2 runs and 0 A/B pairs").contains("(0 runs and 0 pairs already there); it holds 3 runs");
    }

    /** An H2 target that already holds one run the source does not have. */
    private String targetWithARunOfItsOwn() {
        String to = h2("target");
        assertThat(CliRun.of("ingest", JmhCorpus.HOLLOW.toString(), "--db", to, "--label", "the target's own").exitCode())
                .isZero();
        return to;
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

    @Test
    void anAbPairArrivesLinkedToTheTargetsIdsOfItsTwoRuns() {
        String from = abSource();
        // The target's own run first, so the copied runs get other ids there than in the source.
        String to = targetWithARunOfItsOwn();
        CliRun copy = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(copy.exitCode()).as(copy.toString()).isZero();
        assertThat(copy.out()).contains("copied 3 runs and 1 A/B pair from").contains("(0 runs and 0 pairs already there);"
                + " it holds 4 runs and 1 A/B pair").contains("; its A/B pair links the same two runs there");

        AbPair source = onlyPair(from);
        AbPair target = onlyPair(to);
        assertThat(target.baseRunId()).isNotEqualTo(source.baseRunId());
        assertThat(target.mode()).isEqualTo("duet");
        assertThat(sides(to, target)).containsExactlyElementsOf(sides(from, source));
        assertThat(loadRun(to, target.baseRunId()).info().label()).isEqualTo("ab base: main");
        assertThat(loadRun(to, target.headRunId()).info().label()).isEqualTo("ab head: work");
    }

    @Test
    void copyingAnAbPairTwiceLeavesOnePairAndSaysNothingIsNew() {
        String from = abSource();
        String to = h2("target");
        CliRun first = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        CliRun again = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("nothing new to copy from").contains("its 3 runs and 1 A/B pair were all there"
                + " already; it holds 3 runs and 1 A/B pair").doesNotContain("copied");
        AbPair target = onlyPair(to);
        assertThat(sides(to, target)).containsExactlyElementsOf(sides(from, onlyPair(from)));
    }

    @Test
    void aPairWhoseRunsWereCopiedWithoutItIsLinkedOnTheNextCopy() {
        String from = abSource();
        String to = h2("target");
        // What a copy from before pairs were copied left behind: the same runs, no link.
        List<Run> runs = load(from);
        List<Long> earlier;
        try (HistoryStore target = HistoryStore.open(to)) {
            earlier = target.saveAll(runs);
            assertThat(target.abPairs()).isEmpty();
        }
        AbPair source = onlyPair(from);
        long baseThere = earlier.get(indexOf(runs, source.baseRunId()));
        long headThere = earlier.get(indexOf(runs, source.headRunId()));

        CliRun copy = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(copy.exitCode()).as(copy.toString()).isZero();
        assertThat(copy.out()).contains("copied 0 runs and 1 A/B pair from").contains("(3 runs and 0 pairs already there);"
                + " it holds 3 runs and 1 A/B pair");
        AbPair target = onlyPair(to);
        assertThat(target.baseRunId()).isEqualTo(baseThere);
        assertThat(target.headRunId()).isEqualTo(headThere);
        assertThat(target.mode()).isEqualTo("duet");
        assertThat(sides(to, target)).containsExactlyElementsOf(sides(from, source));

        CliRun again = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(again.out()).as(again.toString()).contains("nothing new to copy");
        assertThat(onlyPair(to)).isEqualTo(target);
    }

    @Test
    void anAbPairMovesFromH2ToPostgresAndBack() {
        String from = abSource();
        try (PostgresServer.Database server = PostgresServer.newDatabase()) {
            for (String[] copy : List.of(new String[] {from, server.url()}, new String[] {server.url(), h2("back")})) {
                CliRun first = CliRun.of("db", "copy", "--from", copy[0], "--to", copy[1]);
                assertThat(first.exitCode()).as(first.toString()).isZero();
                assertThat(first.out()).contains("copied 3 runs and 1 A/B pair");
                assertThat(CliRun.of("db", "copy", "--from", copy[0], "--to", copy[1]).out()).contains("nothing new to copy");
            }
            assertThat(sides(h2("back"), onlyPair(h2("back")))).containsExactlyElementsOf(sides(from, onlyPair(from)));
        }
    }

    /**
     * An H2 history of a plain run and then an A/B pair (two runs with histograms), so the pair's
     * run ids are not the first ones.
     */
    private String abSource() {
        String url = h2("source");
        Run measured = new JmhResultReader().read(JmhCorpus.PG_CLIENT);
        Instant time = Instant.parse("2026-03-01T12:00:00.123456Z");
        try (HistoryStore store = HistoryStore.open(url)) {
            store.save(new JmhResultReader().read(JmhCorpus.HOLLOW));
            store.saveAbPair(side(measured, time, "b1", "ab base: main"), side(measured, time.plusSeconds(1), "h1",
                    "ab head: work"), "duet");
        }
        return url;
    }

    private static Run side(Run measured, Instant time, String commit, String label) {
        RunInfo info = measured.info();
        return new Run(new RunInfo(0, time, commit, "main", label, info.environment()), measured.results());
    }

    private static AbPair onlyPair(String url) {
        try (HistoryStore store = HistoryStore.openExisting(url, Duration.ofSeconds(10))) {
            List<AbPair> pairs = store.abPairs();
            assertThat(pairs).as("A/B pairs in %s", url).hasSize(1);
            return pairs.get(0);
        }
    }

    /** What a pair links, as any database can tell it: its mode and the fingerprints of its base and head runs. */
    private static List<String> sides(String url, AbPair pair) {
        try (HistoryStore store = HistoryStore.openExisting(url, Duration.ofSeconds(10))) {
            return List.of(pair.mode(), RunFingerprint.of(store.load(pair.baseRunId())).hex(),
                    RunFingerprint.of(store.load(pair.headRunId())).hex());
        }
    }

    private static Run loadRun(String url, long id) {
        try (HistoryStore store = HistoryStore.openExisting(url, Duration.ofSeconds(10))) {
            return store.load(id);
        }
    }

    private static int indexOf(List<Run> runs, long id) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).info().id() == id) {
                return i;
            }
        }
        throw new AssertionError("no run " + id);
    }

    private void copyTwiceAndCheck(String from, String to) {
        CliRun first = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("copied 2 runs").contains("(0 runs and 0 pairs already there); it holds 2 runs")
                .containsPattern("verified: all 2 source runs are in the target, [1-9]\\d* histograms \\([1-9]\\d* bytes\\)");
        CliRun again = CliRun.of("db", "copy", "--from", from, "--to", to);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("nothing new to copy").contains("its 2 runs and 0 A/B pairs were all there already;"
                + " it holds 2 runs and 0 A/B pairs").doesNotContain("copied");
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
