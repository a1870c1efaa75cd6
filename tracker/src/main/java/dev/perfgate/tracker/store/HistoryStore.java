package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The history of benchmark runs in a relational database: embedded H2 by default (see
 * {@link DatabaseLocation}), any JDBC URL whose SQL dialect accepts the Flyway migrations in
 * {@code db/migration} (H2 and PostgreSQL). The schema is migrated on open.
 *
 * <p>One store holds one connection for its lifetime. An embedded H2 file admits one process at
 * a time, so {@link #open(String)} waits up to {@link #DEFAULT_LOCK_WAIT} for another process to
 * close it, then fails with a message saying so; a save is one transaction, so a database is
 * never left with half a run. Thread-safe: every method is synchronized on the store.
 */
public final class HistoryStore implements AutoCloseable {

    /** How long {@link #open(String)} waits for another process that has the database open. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);

    /**
     * The newest migration: the SQL ones in {@code db/migration} and the Java ones given to Flyway
     * in {@link #connect}; a test keeps them in step.
     */
    static final String SCHEMA_VERSION = CompactResultsMigration.VERSION;

    private final String url;
    private final Connection connection;
    /** Jdbi for the reading queries, opened on first use: an ingest only writes and never opens a Jdbi handle. */
    private Handle handle;

    private HistoryStore(String url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    /** Opens (creating and migrating when needed) the database at a JDBC URL. */
    public static HistoryStore open(String jdbcUrl) {
        return open(jdbcUrl, DEFAULT_LOCK_WAIT);
    }

    /** As {@link #open(String)}, waiting at most {@code lockWait} for another process to let go. */
    public static HistoryStore open(String jdbcUrl, Duration lockWait) {
        H2FileCheck.prepare(jdbcUrl);
        H2FileIntegrity.check(jdbcUrl);
        return connect(jdbcUrl, new LockWaitingConnector(jdbcUrl, lockWait).connect());
    }

    /**
     * Opens a database that must already exist, for commands that only read: an embedded H2 file
     * that is not there is a {@link StoreException} naming the path, and H2 is told not to create
     * one ({@code IFEXISTS=TRUE}), so a mistyped {@code --db} never leaves an empty database behind.
     */
    public static HistoryStore openExisting(String jdbcUrl, Duration lockWait) {
        H2FileCheck.requireExisting(jdbcUrl);
        H2FileIntegrity.check(jdbcUrl);
        boolean file = H2FileCheck.databaseFileOf(jdbcUrl) != null;
        String connectUrl = file && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";IFEXISTS=")
                ? jdbcUrl + ";IFEXISTS=TRUE" : jdbcUrl;
        return connect(jdbcUrl, new LockWaitingConnector(connectUrl, jdbcUrl, lockWait).connect());
    }

    private static HistoryStore connect(String jdbcUrl, Connection connection) {
        try {
            if (!schemaIsCurrent(connection)) {
                Flyway.configure().dataSource(jdbcUrl, null, null).locations("classpath:db/migration")
                        .javaMigrations(new CompactResultsMigration()).load().migrate();
            }
            return new HistoryStore(jdbcUrl, connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw new StoreException("cannot prepare the history database " + jdbcUrl + ": " + rootMessage(e), e);
        }
    }

    /**
     * Whether Flyway already applied the newest migration. Starting Flyway costs more than a
     * whole small ingest, so an up-to-date database (the usual case) skips it; plain JDBC, because
     * loading Jdbi just to ask costs a small ingest a fifth of its time.
     */
    private static boolean schemaIsCurrent(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData()
                .getTables(null, null, "flyway_schema_history", new String[] {"TABLE"})) {
            if (!tables.next()) {
                return false; // a new database: asking the table would only log an error
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM \"flyway_schema_history\" "
                + "WHERE \"version\" = ? AND \"success\" = TRUE")) {
            query.setString(1, SCHEMA_VERSION);
            try (ResultSet count = query.executeQuery()) {
                return count.next() && count.getLong(1) > 0;
            }
        }
    }

    /** The JDBC URL this store was opened with. */
    public String url() {
        return url;
    }

    /** Stores a run in one transaction and returns its new id; the run's own id is ignored. */
    public synchronized long save(Run run) {
        return saveAll(List.of(run)).get(0);
    }

    /**
     * Stores runs in one transaction, all or none, and returns their new ids in order. A value too
     * long for its column ({@link ColumnLimits}) is refused before anything is written.
     */
    public synchronized List<Long> saveAll(List<Run> runs) {
        for (Run run : runs) {
            Optional<String> tooLong = ColumnLimits.provenance(run.info()).or(() -> ColumnLimits.data(run));
            if (tooLong.isPresent()) {
                throw new StoreException("cannot save the run to " + url + " (nothing was stored): " + tooLong.get());
            }
        }
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<Long> ids = new ArrayList<>();
                RunWriter writer = new RunWriter(connection);
                for (Run run : runs) {
                    ids.add(writer.insert(run));
                }
                connection.commit();
                return ids;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save the run to " + url + " (nothing was stored): " + rootMessage(e), e);
        }
    }

    /** The stored run with this id; throws {@link StoreException} when there is none. */
    public synchronized Run load(long runId) {
        List<RunInfo> found = query(() -> new RunReader(handle()).runs("WHERE id = :id", Map.of("id", runId)));
        if (found.isEmpty()) {
            throw new StoreException("no run " + runId + " in " + url);
        }
        return runWithResults(found.get(0));
    }

    /** The most recently stored run (highest id), if any. */
    public synchronized Optional<Run> latest() {
        List<RunInfo> found = query(() -> new RunReader(handle()).runs("ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", Map.of()));
        return found.isEmpty() ? Optional.empty() : Optional.of(runWithResults(found.get(0)));
    }

    /** Every stored run's info, oldest first (by run time, then id). */
    public synchronized List<RunInfo> runs() {
        return query(() -> new RunReader(handle()).runs("ORDER BY run_time, id", Map.of()));
    }

    /** Every stored result for this exact key, oldest run first. */
    public synchronized List<StoredResult> history(BenchmarkKey key) {
        return query(() -> {
            Map<Long, RunInfo> runs = new HashMap<>();
            new RunReader(handle()).runs("WHERE id IN (SELECT run_id FROM benchmark_result WHERE benchmark = :b)",
                            Map.of("b", key.benchmark()))
                    .forEach(info -> runs.put(info.id(), info));
            Map<Long, Long> runOfResult = new HashMap<>();
            Map<Long, BenchmarkResult> results = new RunReader(handle()).results(
                    "r.benchmark = :benchmark AND r.mode = :mode AND r.threads = :threads AND r.params = :params",
                    Map.of("benchmark", key.benchmark(), "mode", key.mode().jmhName(),
                            "threads", key.threads(), "params", JsonColumn.of(key.params())),
                    runOfResult);
            List<StoredResult> history = new ArrayList<>();
            results.forEach((id, result) -> history.add(new StoredResult(runs.get(runOfResult.get(id)), result)));
            return history;
        });
    }

    @Override
    public synchronized void close() {
        if (handle != null) {
            handle.close(); // closes the connection too
        } else {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close the history database " + url + ": " + e.getMessage(), e);
            }
        }
    }

    private Handle handle() {
        if (handle == null) {
            handle = Jdbi.open(connection);
        }
        return handle;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already failing with the reason that matters
        }
    }

    private Run runWithResults(RunInfo info) {
        return query(() -> new Run(info, new ArrayList<>(new RunReader(handle())
                .results("r.run_id = :run", Map.of("run", info.id()), new HashMap<>()).values())));
    }

    private <T> T query(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            throw new StoreException("cannot read the history database " + url + ": " + rootMessage(e), e);
        }
    }

    /** The innermost cause's message, without the SQL statement H2 appends to it. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        int sql = message.indexOf("; SQL statement:");
        return sql < 0 ? message : message.substring(0, sql);
    }
}
