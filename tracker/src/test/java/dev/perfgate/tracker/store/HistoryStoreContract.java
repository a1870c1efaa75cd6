package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every history database must do, run on each by a subclass, the way Jdbi's own tests run on
 * H2 and PostgreSQL: {@link HistoryStoreH2Test} (an embedded file) and
 * {@link HistoryStorePostgresTest} (a real server, skipped when none is configured; see
 * {@code PostgresServer}). Each test gets an empty database of its own from {@link #url()}.
 */
abstract class HistoryStoreContract {

    static final Path CORPUS = JmhCorpus.DIR;

    /** The JDBC URL of this test's database, empty until a store opens it (the same URL each call within a test). */
    abstract String url();

    /** A database with no perfgate history: a server database without tables, or an H2 file that is not there. */
    abstract String emptyDatabase();

    @Test
    void everyCorpusFileRoundTripsExactly() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Run> originals = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (HistoryStore store = HistoryStore.open(url())) {
            for (Path file : files) {
                Run run = new JmhResultReader().read(file);
                originals.add(run);
                ids.add(store.save(run));
            }
        }
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        try (HistoryStore store = HistoryStore.open(url())) {
            for (int i = 0; i < files.size(); i++) {
                Run loaded = store.load(ids.get(i));
                Run original = originals.get(i);
                assertThat(loaded.info().id()).isEqualTo(ids.get(i));
                assertThat(loaded.info().environment()).isEqualTo(original.info().environment());
                assertThat(loaded.info().time()).isCloseTo(original.info().time(), within1ms());
                assertThat(loaded.results()).as(files.get(i).toString()).isEqualTo(original.results());
            }
            assertThat(store.runs()).extracting(RunInfo::id).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(store.latest()).map(run -> run.info().id()).contains(ids.get(ids.size() - 1));
        }
    }

    @Test
    void historyListsOneKeyOldestFirstAcrossRuns() {
        BenchmarkKey fast = key("a");
        BenchmarkKey other = key("b");
        try (HistoryStore store = HistoryStore.open(url())) {
            long second = store.save(run(Instant.parse("2026-02-01T00:00:00Z"), "c2", result(fast, 2.0), result(other, 9.0)));
            long first = store.save(run(Instant.parse("2026-01-01T00:00:00Z"), "c1", result(fast, 1.0)));

            List<StoredResult> history = store.history(fast);

            assertThat(history).extracting(s -> s.run().id()).containsExactly(first, second);
            assertThat(history).extracting(s -> s.run().commit()).containsExactly("c1", "c2");
            assertThat(history).extracting(s -> s.result().iterations().get(0).score()).containsExactly(1.0, 2.0);
            assertThat(store.history(other)).hasSize(1);
            assertThat(store.history(key("missing"))).isEmpty();
            assertThat(store.keys()).containsExactlyInAnyOrder(fast, other);
        }
    }

    @Test
    void aFailedSaveStoresNothing() {
        BenchmarkKey good = key("a");
        BenchmarkResult tooLongUnit = new BenchmarkResult(key("b"), "x".repeat(500),
                List.of(new Iteration(0, 0, 1.0, null)), new JmhSummary(1, 0, new TreeMap<>()), null);
        try (HistoryStore store = HistoryStore.open(url())) {
            Run broken = new Run(new RunInfo(0, Instant.now(), null, null, null, null),
                    List.of(result(good, 1.0), tooLongUnit));

            assertThatThrownBy(() -> store.save(broken))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(DatabaseTarget.maskUrl(url()))
                    .hasMessageContaining("nothing was stored");
            assertThat(store.runs()).isEmpty();
            assertThat(store.history(good)).isEmpty();
        }
    }

    @Test
    void anAbIsStoredAsTwoRunsLinkedAsAPair() {
        try (HistoryStore store = HistoryStore.open(url())) {
            Run base = run(Instant.parse("2026-01-01T00:00:00Z"), "base", result(key("a"), 1.0));
            Run head = run(Instant.parse("2026-01-01T00:00:01Z"), "head", result(key("a"), 1.1));
            AbPair pair = store.saveAbPair(base, head, "duet");

            assertThat(store.abPairs()).containsExactly(pair);
            assertThat(pair.mode()).isEqualTo("duet");
            assertThat(store.load(pair.baseRunId()).info().commit()).isEqualTo("base");
            assertThat(store.load(pair.headRunId()).info().commit()).isEqualTo("head");
        }
    }

    @Test
    void anAbWhoseHeadCannotBeStoredLeavesNeitherRunNorPair() {
        try (HistoryStore store = HistoryStore.open(url())) {
            Run base = run(Instant.parse("2026-01-01T00:00:00Z"), "base", result(key("a"), 1.0));
            Run head = new Run(new RunInfo(0, Instant.now(), null, null, null, null), List.of(new BenchmarkResult(key("b"),
                    "x".repeat(500), List.of(new Iteration(0, 0, 1.0, null)), new JmhSummary(1, 0, new TreeMap<>()), null)));
            assertThatThrownBy(() -> store.saveAbPair(base, head, "interleaved")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("nothing was stored");
            assertThat(store.runs()).isEmpty();
            assertThat(store.abPairs()).isEmpty();
        }
    }

    @Test
    void loadingAMissingRunNamesIt() {
        try (HistoryStore store = HistoryStore.open(url())) {
            assertThatThrownBy(() -> store.load(42)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("no run 42");
            assertThat(store.latest()).isEmpty();
        }
    }

    @Test
    void reopeningAnUpToDateDatabaseKeepsItsRuns() {
        long id;
        try (HistoryStore store = HistoryStore.open(url())) {
            id = store.save(run(Instant.parse("2026-01-01T00:00:00Z"), "c1", result(key("a"), 1.0)));
        }
        try (HistoryStore store = HistoryStore.open(url())) {
            assertThat(store.load(id).results()).hasSize(1);
            long next = store.save(run(Instant.parse("2026-01-02T00:00:00Z"), "c2", result(key("a"), 2.0)));
            assertThat(next).isGreaterThan(id);
        }
    }

    @Test
    void aSchemaNewerThanThisTrackerIsRefusedAndLeftAlone() throws SQLException {
        try (HistoryStore store = HistoryStore.open(url())) {
            store.save(run(Instant.parse("2026-01-01T00:00:00Z"), "c1", result(key("a"), 1.0)));
        }
        try (Connection jdbc = DriverManager.getConnection(url()); Statement sql = jdbc.createStatement()) {
            sql.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from a later tracker', 'SQL', 'V99__later.sql', 'test', 0, TRUE)");
        }

        for (boolean readOnly : new boolean[] {false, true}) {
            assertThatThrownBy(() -> (readOnly ? HistoryStore.openExisting(url(), Duration.ofSeconds(5))
                    : HistoryStore.open(url())).close())
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("has schema version 99, newer than this tracker's " + HistoryStore.SCHEMA_VERSION)
                    .hasMessageContaining("nothing was changed");
        }
        try (Connection jdbc = DriverManager.getConnection(url()); Statement sql = jdbc.createStatement();
                ResultSet runs = sql.executeQuery("SELECT COUNT(*) FROM run")) {
            assertThat(runs.next()).isTrue();
            assertThat(runs.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void aReadOnlyOpenOfADatabaseWithoutHistoryCreatesNothing() {
        String empty = emptyDatabase();
        assertThatThrownBy(() -> HistoryStore.openExisting(empty, Duration.ofSeconds(5)).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("only ingest creates one");
        assertThat(holdsHistoryTables(empty)).isFalse();
    }

    @Test
    void iterationsComeBackInForkAndIterationOrderWhateverOrderTheyWereSavedIn() {
        BenchmarkKey k = key("ordered");
        List<Iteration> shuffled = List.of(new Iteration(1, 1, 4.0, null), new Iteration(0, 1, 2.0, null),
                new Iteration(1, 0, 3.0, null), new Iteration(0, 0, 1.0, null));
        BenchmarkResult result = new BenchmarkResult(k, "ns/op", shuffled,
                new JmhSummary(2.5, Double.NaN, new TreeMap<>()), null);
        try (HistoryStore store = HistoryStore.open(url())) {
            long id = store.save(new Run(new RunInfo(0, Instant.now(), null, null, null, null), List.of(result)));
            assertThat(store.load(id).results().get(0).iterations()).extracting(Iteration::score)
                    .containsExactly(1.0, 2.0, 3.0, 4.0);
        }
    }

    /** Whether perfgate's tables exist in the database at {@code url} (false also when there is no database). */
    abstract boolean holdsHistoryTables(String url);

    private static org.assertj.core.data.TemporalUnitOffset within1ms() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(1, java.time.temporal.ChronoUnit.MILLIS);
    }

    static BenchmarkKey key(String method) {
        return new BenchmarkKey("dev.example.Bench." + method, Mode.AVERAGE_TIME, new TreeMap<>(Map.of("size", "10")), 1);
    }

    static BenchmarkResult result(BenchmarkKey key, double score) {
        return new BenchmarkResult(key, "ns/op", List.of(new Iteration(0, 0, score, null)),
                new JmhSummary(score, Double.NaN, new TreeMap<>(Map.of(50.0, score))), null);
    }

    static Run run(Instant time, String commit, BenchmarkResult... results) {
        return new Run(new RunInfo(0, time, commit, "main", null, null), List.of(results));
    }
}
