package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Inserts one run with all its results inside the caller's transaction, through plain JDBC:
 * a short-lived ingest JVM would otherwise spend more time loading and warming Jdbi than H2
 * spends inserting. Iterations, percentiles and secondary metrics go in JDBC batches, histograms
 * HdrHistogram-compressed. Not thread-safe (bound to one connection).
 */
final class RunWriter {

    private static final String RUN_INSERT = """
            INSERT INTO run (run_time, commit_sha, branch, label, jvm_name, jvm_version, jdk_version,
                             jvm_args, jmh_version, os_name, os_arch, cpu_model, cores, memory_bytes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String RESULT_INSERT = """
            INSERT INTO benchmark_result (run_id, benchmark, mode, params, threads, unit, jmh_score, jmh_score_error)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String ITERATION_INSERT = """
            INSERT INTO iteration (result_id, fork, iteration, score, histogram) VALUES (?, ?, ?, ?, ?)""";
    private static final String PERCENTILE_INSERT = """
            INSERT INTO jmh_percentile (result_id, percentile_rank, jmh_value) VALUES (?, ?, ?)""";
    private static final String SECONDARY_INSERT = """
            INSERT INTO secondary_metric (result_id, name, score, score_error, unit) VALUES (?, ?, ?, ?, ?)""";

    private final Connection connection;

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
            insert.setString(8, JsonColumn.of(env.jvmArgs()));
            insert.setString(9, env.jmhVersion());
            insert.setString(10, env.osName());
            insert.setString(11, env.osArch());
            insert.setString(12, env.cpuModel());
            insert.setInt(13, env.cores());
            insert.setLong(14, env.memoryBytes());
            runId = executeForId(insert);
        }
        try (PreparedStatement results = connection.prepareStatement(RESULT_INSERT, new String[] {"id"});
                PreparedStatement iterations = connection.prepareStatement(ITERATION_INSERT);
                PreparedStatement percentiles = connection.prepareStatement(PERCENTILE_INSERT);
                PreparedStatement secondary = connection.prepareStatement(SECONDARY_INSERT)) {
            for (BenchmarkResult result : run.results()) {
                long resultId = insertResult(results, runId, result);
                addIterations(iterations, resultId, result);
                for (Map.Entry<Double, Double> p : result.jmh().percentiles().entrySet()) {
                    percentiles.setLong(1, resultId);
                    percentiles.setDouble(2, p.getKey());
                    percentiles.setDouble(3, p.getValue());
                    percentiles.addBatch();
                }
                for (SecondaryMetric m : result.secondary().values()) {
                    secondary.setLong(1, resultId);
                    secondary.setString(2, m.name());
                    secondary.setDouble(3, m.score());
                    secondary.setDouble(4, m.scoreError());
                    secondary.setString(5, m.unit());
                    secondary.addBatch();
                }
            }
            iterations.executeBatch();
            percentiles.executeBatch();
            secondary.executeBatch();
        }
        return runId;
    }

    /**
     * Histograms read from JMH arrive compressed, so this only binds bytes; others (baselines,
     * tests) are compressed here on first use.
     */
    private static void addIterations(PreparedStatement iterations, long resultId, BenchmarkResult result)
            throws SQLException {
        for (int i = 0; i < result.iterations().size(); i++) {
            Iteration it = result.iterations().get(i);
            iterations.setLong(1, resultId);
            iterations.setInt(2, it.fork());
            iterations.setInt(3, it.iteration());
            iterations.setDouble(4, it.score());
            iterations.setBytes(5, it.hasLatencies() ? it.samples().compressed() : null); // null: not sample mode
            iterations.addBatch();
        }
    }

    private static long insertResult(PreparedStatement insert, long runId, BenchmarkResult result) throws SQLException {
        insert.setLong(1, runId);
        insert.setString(2, result.key().benchmark());
        insert.setString(3, result.key().mode().jmhName());
        insert.setString(4, JsonColumn.of(result.key().params()));
        insert.setInt(5, result.key().threads());
        insert.setString(6, result.unit());
        insert.setDouble(7, result.jmh().score());
        insert.setDouble(8, result.jmh().scoreError());
        return executeForId(insert);
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
