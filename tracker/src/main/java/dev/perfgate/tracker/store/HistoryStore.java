package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The history of benchmark runs in a relational database: embedded H2 by default (see
 * {@link DatabaseLocation}) or a PostgreSQL server shared by a team ({@link StoreDialect}); the
 * Flyway migrations in {@code db/migration} are the schema on both, applied on open. A database
 * whose schema is newer than this tracker's is refused, not touched.
 *
 * <p>One store holds one connection for its lifetime. An embedded H2 file admits one process at
 * a time, so {@link #open(String)} waits up to {@link #DEFAULT_LOCK_WAIT} for another process to
 * close it, then fails with a message saying so; a PostgreSQL server admits many. A save is one
 * transaction and each read runs in one snapshot (repeatable read), so no reader ever sees half
 * a run, even while other processes ingest. Messages never show the password (see
 * {@link DatabaseTarget}). Thread-safe: every method is synchronized on the store.
 */
public final class HistoryStore implements AutoCloseable {

    /** How long {@link #open(String)} waits for another process that has the database open. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);

    /**
     * The newest migration: the SQL ones in {@code db/migration} and the Java ones given to Flyway
     * in {@link #connect}; a test keeps them in step.
     */
    static final String SCHEMA_VERSION = "3";

    private final DatabaseTarget target;
    private final String url;
    private final Connection connection;
    /** Jdbi for the reading queries, opened on first use: an ingest only writes and never opens a Jdbi handle. */
    private Handle handle;

    private HistoryStore(DatabaseTarget target, Connection connection) {
        this.target = target;
        this.url = target.display();
        this.connection = connection;
    }

    /** Opens (creating and migrating when needed) the database at a JDBC URL, credentials from the environment. */
    public static HistoryStore open(String jdbcUrl) {
        return open(jdbcUrl, DEFAULT_LOCK_WAIT);
    }

    /** As {@link #open(String)}, waiting at most {@code lockWait} for another process to let go. */
    public static HistoryStore open(String jdbcUrl, Duration lockWait) {
        return open(DatabaseTarget.of(jdbcUrl), lockWait);
    }

    /** Opens (creating and migrating when needed) the target database, waiting at most {@code lockWait} for an H2 file. */
    public static HistoryStore open(DatabaseTarget target, Duration lockWait) {
        return open(target, lockWait, SchemaMigrator.lazy(target));
    }

    /**
     * An {@link #open(DatabaseTarget, Duration)} to come, for a command that has other work to do
     * first: when the target is an H2 file that does not exist yet, the schema migrator is set up
     * meanwhile on a background thread (see {@link SchemaMigrator}). Nothing touches the database
     * before {@link Opening#open}.
     */
    public static Opening prepare(DatabaseTarget target) {
        return new Opening(target, SchemaMigrator.ahead(target));
    }

    /** A prepared open (see {@link #prepare}). Use it once, from one thread. */
    public static final class Opening {

        private final DatabaseTarget target;
        private final SchemaMigrator migrator;

        private Opening(DatabaseTarget target, SchemaMigrator migrator) {
            this.target = target;
            this.migrator = migrator;
        }

        /** Opens the database as {@link HistoryStore#open(DatabaseTarget, Duration)} does. */
        public HistoryStore open(Duration lockWait) {
            return HistoryStore.open(target, lockWait, migrator);
        }
    }

    private static HistoryStore open(DatabaseTarget target, Duration lockWait, SchemaMigrator migrator) {
        if (target.dialect() == StoreDialect.H2) {
            H2FileCheck.prepare(target.url());
            H2FileIntegrity.check(target.url());
        }
        return connect(target, new LockWaitingConnector(target, lockWait).connect(), true, migrator);
    }

    /** As {@link #openExisting(DatabaseTarget, Duration)}, credentials from the environment. */
    public static HistoryStore openExisting(String jdbcUrl, Duration lockWait) {
        return openExisting(DatabaseTarget.of(jdbcUrl), lockWait);
    }

    /**
     * Opens a database that must already exist, for commands that only read: an embedded H2 file
     * that is not there is a {@link StoreException} naming the path, and H2 is told not to create
     * one ({@code IFEXISTS=TRUE}), so a mistyped {@code --db} never leaves an empty database behind;
     * a server database that holds no history yet is refused the same way, its tables not created.
     */
    public static HistoryStore openExisting(DatabaseTarget target, Duration lockWait) {
        String jdbcUrl = target.url();
        String connectUrl = jdbcUrl;
        boolean h2 = target.dialect() == StoreDialect.H2;
        if (h2) {
            H2FileCheck.requireExisting(jdbcUrl);
            H2FileIntegrity.check(jdbcUrl);
            boolean file = H2FileCheck.databaseFileOf(jdbcUrl) != null;
            connectUrl = file && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";IFEXISTS=")
                    ? jdbcUrl + ";IFEXISTS=TRUE" : jdbcUrl;
        }
        return connect(target, new LockWaitingConnector(connectUrl, target, lockWait).connect(), h2,
                SchemaMigrator.lazy(target));
    }

    /**
     * Checks the schema's version and migrates when it is behind. Starting Flyway costs more than
     * a whole small ingest, so an up-to-date database (the usual case) skips it.
     */
    private static HistoryStore connect(DatabaseTarget target, Connection connection, boolean mayCreate,
            SchemaMigrator migrator) {
        try {
            SchemaVersion schema = SchemaVersion.of(connection);
            if (schema.newerThan(SCHEMA_VERSION)) {
                throw new StoreException("the history database " + target.display() + " has schema version "
                        + schema.newest() + ", newer than this tracker's " + SCHEMA_VERSION + ": a newer perfgate tracker"
                        + " wrote it; use that version or a later one (nothing was changed)");
            }
            if (schema.isEmpty() && !mayCreate) {
                throw new StoreException("the history database " + target.display() + " holds no perfgate history yet"
                        + " (no tables): check --db or $PERFGATE_DB; only ingest creates one");
            }
            if (!schema.has(SCHEMA_VERSION)) {
                migrator.migrate();
            }
            return new HistoryStore(target, connection);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw new StoreException("cannot prepare the history database " + target.display() + ": "
                    + target.mask(rootMessage(e)), e);
        }
    }

    /** The JDBC URL this store was opened with, any password in it masked. */
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
        return saveInOneTransaction("the run", runs, ids -> {});
    }

    /**
     * Stores an A/B's two sides and the link between them in one transaction, all or none; returns
     * the pair with the new run ids.
     */
    public synchronized AbPair saveAbPair(Run base, Run head, String mode) {
        long[] pairId = new long[1];
        List<Long> ids = saveInOneTransaction("the run", List.of(base, head),
                runIds -> pairId[0] = insertPair(runIds.get(0), runIds.get(1), mode));
        return new AbPair(pairId[0], ids.get(0), ids.get(1), mode);
    }

    /**
     * Links runs this store already holds as A/B pairs, all in one transaction, all or none; each
     * link's own id is ignored (the store gives each its own). For
     * {@link HistoryCopy}, which copies a pair after its runs: a run id the store does not hold is
     * a {@link StoreException} (the foreign key refuses it).
     */
    synchronized void linkAbPairs(List<AbPair> links) {
        if (links.isEmpty()) {
            return;
        }
        saveInOneTransaction("the A/B pairs", List.of(), runIds -> {
            for (AbPair link : links) {
                insertPair(link.baseRunId(), link.headRunId(), link.mode());
            }
        });
    }

    private long insertPair(long baseRunId, long headRunId, String mode) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ab_pair (base_run_id, head_run_id, mode) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, baseRunId);
            insert.setLong(2, headRunId);
            insert.setString(3, mode);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Every stored A/B pair, oldest first. */
    public synchronized List<AbPair> abPairs() {
        return query(() -> handle().createQuery("SELECT id, base_run_id, head_run_id, mode FROM ab_pair ORDER BY id")
                .map((rs, ctx) -> new AbPair(rs.getLong("id"), rs.getLong("base_run_id"), rs.getLong("head_run_id"),
                        rs.getString("mode"))).list());
    }

    /** What a save does inside its transaction once the runs are written, given their new ids. */
    @FunctionalInterface
    private interface AfterRuns {
        void write(List<Long> runIds) throws SQLException;
    }

    /** Saves runs and what {@code after} writes in one transaction; {@code what} names it in a failure's message. */
    private List<Long> saveInOneTransaction(String what, List<Run> runs, AfterRuns after) {
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
                after.write(ids);
                connection.commit();
                return ids;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save " + what + " to " + url + " (nothing was stored): "
                    + target.mask(rootMessage(e)), e);
        }
    }

    /** The stored run with this id; throws {@link StoreException} when there is none. */
    public synchronized Run load(long runId) {
        Optional<Run> found = query(() -> new RunReader(handle()).runs("WHERE id = :id", Map.of("id", runId))
                .stream().findFirst().map(this::runWithResults));
        return found.orElseThrow(() -> new StoreException("no run " + runId + " in " + url));
    }

    /** The most recently stored run (highest id), if any. */
    public synchronized Optional<Run> latest() {
        return query(() -> new RunReader(handle()).runs("ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", Map.of())
                .stream().findFirst().map(this::runWithResults));
    }

    /** Every stored run's info, oldest first (by run time, then id). */
    public synchronized List<RunInfo> runs() {
        return query(() -> new RunReader(handle()).runs("ORDER BY run_time, id", Map.of()));
    }

    /**
     * Every benchmark key stored in any run, in no set order: one query over the results, where
     * loading every run to find them reads every iteration and histogram of the history.
     */
    public synchronized List<BenchmarkKey> keys() {
        return query(() -> handle().createQuery("SELECT DISTINCT benchmark, mode, params, threads FROM benchmark_result")
                .map((rs, ctx) -> new BenchmarkKey(rs.getString("benchmark"),
                        dev.perfgate.tracker.model.Mode.fromJmhName(rs.getString("mode")),
                        RunReader.params(rs.getString("params")), rs.getInt("threads")))
                .list());
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
        return new Run(info, new ArrayList<>(new RunReader(handle())
                .results("r.run_id = :run", Map.of("run", info.id()), new HashMap<>()).values()));
    }

    /**
     * Runs a read in one transaction at repeatable read: its several queries see one snapshot, so
     * a run another process commits meanwhile is either wholly in it or not at all (on PostgreSQL;
     * an H2 file has one process anyway).
     */
    private <T> T query(java.util.function.Supplier<T> work) {
        try {
            return handle().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> work.get());
        } catch (JdbiException e) {
            throw new StoreException("cannot read the history database " + url + ": " + target.mask(rootMessage(e)), e);
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
