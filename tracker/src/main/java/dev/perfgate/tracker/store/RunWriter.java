package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Inserts one run with all its results inside the caller's transaction, through plain JDBC:
 * a short-lived ingest JVM would otherwise spend more time loading and warming Jdbi than H2
 * spends inserting. Each result is one row (schema 2): its iterations in an {@link IterationBlock},
 * its percentiles and secondary metrics as {@link JsonColumn} text, so a result needs no id back
 * and the rows go in JDBC batches. Not thread-safe (bound to one connection).
 */
final class RunWriter {

    /** Rows per JDBC batch: big enough that round trips do not matter, small enough to bound what a batch holds. */
    private static final int BATCH = 1000;

    private static final String RUN_INSERT = """
            INSERT INTO run (run_time, commit_sha, branch, label, jvm_name, jvm_version, jdk_version,
                             jvm_args, jmh_version, os_name, os_arch, cpu_model, cores, memory_bytes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String RESULT_INSERT = """
            INSERT INTO benchmark_result (run_id, benchmark, mode, params, threads, unit, jmh_score, jmh_score_error,
                                          iterations, percentiles, secondary)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Connection connection;
    private final JsonColumn.Texts json = new JsonColumn.Texts();

    RunWriter(Connection connection) {
        this.connection = connection;
    }

    long insert(Run run) throws SQLException {
        RunInfo info = run.info();
        Environment env = info.environment() == null
                ? new Environment(null, null, null, null, null, null, null, null, 0, 0)
                : info.environment();
        long runId;
        try (PreparedStatement insert = connection.prepareStatement(RUN_INSERT, new String[] {"id"})) {
            insert.setObject(1, utc(info.time()));
            insert.setString(2, info.commit());
            insert.setString(3, info.branch());
            insert.setString(4, info.label());
            insert.setString(5, env.jvmName());
            insert.setString(6, env.jvmVersion());
            insert.setString(7, env.jdkVersion());
            insert.setString(8, json.of(env.jvmArgs()));
            insert.setString(9, env.jmhVersion());
            insert.setString(10, env.osName());
            insert.setString(11, env.osArch());
            insert.setString(12, env.cpuModel());
            insert.setInt(13, env.cores());
            insert.setLong(14, env.memoryBytes());
            runId = executeForId(insert);
        }
        try (PreparedStatement results = connection.prepareStatement(RESULT_INSERT)) {
            int pending = 0;
            for (BenchmarkResult result : run.results()) {
                addResult(results, runId, result);
                if (++pending == BATCH) {
                    results.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                results.executeBatch();
            }
        }
        return runId;
    }

    private void addResult(PreparedStatement insert, long runId, BenchmarkResult result) throws SQLException {
        insert.setLong(1, runId);
        insert.setString(2, result.key().benchmark());
        insert.setString(3, result.key().mode().jmhName());
        insert.setString(4, json.of(result.key().params()));
        insert.setInt(5, result.key().threads());
        insert.setString(6, result.unit());
        insert.setDouble(7, result.jmh().score());
        insert.setDouble(8, result.jmh().scoreError());
        insert.setBytes(9, IterationBlock.encode(result.iterations()));
        insert.setString(10, json.ofPercentiles(result.jmh().percentiles()));
        insert.setString(11, json.ofSecondary(result.secondary()));
        insert.addBatch();
    }

    private static long executeForId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated id");
            }
            return keys.getLong(1);
        }
    }

    private static OffsetDateTime utc(Instant time) {
        return OffsetDateTime.ofInstant(time == null ? Instant.now() : time, ZoneOffset.UTC);
    }
}
