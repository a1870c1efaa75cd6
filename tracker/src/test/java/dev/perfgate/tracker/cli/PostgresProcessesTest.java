package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.PostgresServer;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.jmh.SyntheticSampleResult;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.HistoryStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real tracker processes sharing one PostgreSQL database (skipped without a server; see
 * {@link PostgresServer}): eight ingests at once all land whole, a reader while others ingest
 * only ever sees whole runs, and an ingest killed with SIGKILL in the middle of its transaction
 * leaves nothing behind. Every wait is bounded.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class PostgresProcessesTest {

    /** How long a process or a wait may take: generous, as the machine may be shared by several builds. */
    private static final int SECONDS = 300;
    private static final Duration BOUND = Duration.ofSeconds(SECONDS);

    @TempDir
    Path dir;

    private PostgresServer.Database database;

    @BeforeEach
    void createDatabase() {
        database = PostgresServer.newDatabase();
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) { // null when the test was skipped: no server
            database.close();
        }
    }

    @Test
    void eightIngestsAtOnceIntoAnEmptyDatabaseAllLandWhole() throws Exception {
        // An empty database: the eight also race to create the schema (Flyway serializes that with a server lock).
        List<Process> ingests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ingests.add(TwoProcessesTest.tracker(Map.of(), "ingest", JmhCorpus.HOLLOW.toString(), "--db", database.url(),
                    "--label", "p" + i));
        }
        Set<String> ids = new HashSet<>();
        try {
            for (Process ingest : ingests) {
                String output = TwoProcessesTest.finish(ingest, SECONDS);
                assertThat(ingest.exitValue()).as(output).isZero();
                ids.add(output.trim());
            }
        } finally {
            ingests.forEach(Process::destroyForcibly); // none left running when an assertion failed
        }
        assertThat(ids).hasSize(8);
        Run expected = new JmhResultReader().read(JmhCorpus.HOLLOW);
        try (HistoryStore store = HistoryStore.open(database.url())) {
            assertThat(store.runs()).extracting(RunInfo::label)
                    .containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7");
            for (RunInfo info : store.runs()) {
                assertThat(ids).contains(String.valueOf(info.id()));
                assertThat(store.load(info.id()).results()).isEqualTo(expected.results());
            }
        }
    }

    @Test
    void aReaderWhileOthersIngestSeesWholeRunsOnly() throws Exception {
        Path file = dir.resolve("sample.json");
        SyntheticSampleResult.write(file, 30, 3, 5, 100);
        Run expected = new JmhResultReader().read(file);
        HistoryStore.open(database.url()).close(); // the schema first: the race under test is between runs
        List<Process> ingests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ingests.add(TwoProcessesTest.tracker(Map.of(), "ingest", file.toString(), "--db", database.url()));
        }
        Set<Integer> countsSeen = new HashSet<>();
        long deadline = System.nanoTime() + BOUND.toNanos();
        try (HistoryStore reader = HistoryStore.openExisting(database.url(), Duration.ZERO)) {
            do {
                List<RunInfo> runs = reader.runs();
                countsSeen.add(runs.size());
                for (RunInfo info : runs) {
                    assertWhole(reader.load(info.id()), expected);
                }
                assertThat(reader.history(expected.results().get(7).key())).allSatisfy(stored -> {
                    assertThat(stored.run()).isNotNull();
                    assertThat(stored.result()).isEqualTo(expected.results().get(7));
                });
                Thread.sleep(20); // leave the two cores to the ingests
            } while (ingests.stream().anyMatch(Process::isAlive) && System.nanoTime() < deadline);
            for (Process ingest : ingests) {
                String output = TwoProcessesTest.finish(ingest, SECONDS);
                assertThat(ingest.exitValue()).as(output).isZero();
            }
            assertThat(reader.runs()).hasSize(4);
        } finally {
            ingests.forEach(Process::destroyForcibly);
        }
        System.out.println("reader saw run counts " + countsSeen + " while 4 ingests ran");
    }

    @Test
    void anIngestKilledMidTransactionLeavesNoPartialRun() throws Exception {
        Path file = dir.resolve("sample.json");
        SyntheticSampleResult.write(file, 30, 3, 5, 100);
        HistoryStore.open(database.url()).close();
        Process ingest;
        int backend;
        // The watcher polls in autocommit: inside a transaction pg_stat_activity stays as it was first read.
        try (Connection blocker = DriverManager.getConnection(database.url());
                Connection watcher = DriverManager.getConnection(database.url())) {
            // Hold the results table: the ingest inserts its run, then waits inside its transaction
            // (since schema 2 a result row carries its iterations, so results are the last insert).
            blocker.setAutoCommit(false);
            try (Statement sql = blocker.createStatement()) {
                sql.execute("LOCK TABLE benchmark_result IN EXCLUSIVE MODE");
            }
            ingest = TwoProcessesTest.tracker(Map.of(), "ingest", file.toString(), "--db", database.url());
            OptionalInt blocked = waitForBlockedIngest(watcher);
            if (blocked.isEmpty()) {
                ingest.destroyForcibly();
                throw new AssertionError("the ingest never reached its insert of results within " + BOUND);
            }
            backend = blocked.getAsInt();
            assertThat(rowLockedTables(watcher, backend)).contains("run");

            try (HistoryStore reader = HistoryStore.openExisting(database.url(), Duration.ZERO)) {
                assertThat(reader.runs()).as("a reader mid-ingest sees no half-written run").isEmpty();
            }
            ingest.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback from the client
            assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(ingest.exitValue()).isEqualTo(137);
            blocker.rollback(); // let the orphaned backend run on: it finds its client gone and aborts
        }
        try (Connection check = DriverManager.getConnection(database.url())) {
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (backendAlive(check, backend) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(backendAlive(check, backend)).as("the killed ingest's server process ended").isFalse();
            for (String table : List.of("run", "benchmark_result", "ab_pair")) {
                assertThat(count(check, table)).as(table).isZero();
            }
        }
        Process again = TwoProcessesTest.tracker(Map.of(), "ingest", file.toString(), "--db", database.url());
        String output = TwoProcessesTest.finish(again, SECONDS);
        assertThat(again.exitValue()).as(output).isZero();
        try (HistoryStore store = HistoryStore.openExisting(database.url(), Duration.ZERO)) {
            assertThat(store.runs()).hasSize(1);
            assertWhole(store.load(store.runs().get(0).id()), new JmhResultReader().read(file));
        }
    }

    private static void assertWhole(Run loaded, Run expected) {
        assertThat(loaded.results()).hasSameSizeAs(expected.results());
        for (int i = 0; i < expected.results().size(); i++) {
            BenchmarkResult result = loaded.results().get(i);
            assertThat(result.iterations()).hasSameSizeAs(expected.results().get(i).iterations());
        }
        assertThat(loaded.results()).isEqualTo(expected.results());
    }

    private OptionalInt waitForBlockedIngest(Connection connection) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        try (PreparedStatement query = connection.prepareStatement("SELECT pid FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name = 'perfgate tracker'"
                + " AND wait_event_type = 'Lock'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return OptionalInt.of(rows.getInt(1));
                    }
                }
                Thread.sleep(100);
            }
        }
        return OptionalInt.empty();
    }

    private static List<String> rowLockedTables(Connection connection, int backend) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.relname FROM pg_locks l"
                + " JOIN pg_class c ON c.oid = l.relation WHERE l.pid = ? AND l.mode = 'RowExclusiveLock' AND l.granted")) {
            query.setInt(1, backend);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static boolean backendAlive(Connection connection, int backend) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_stat_activity WHERE pid = ?")) {
            query.setInt(1, backend);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
