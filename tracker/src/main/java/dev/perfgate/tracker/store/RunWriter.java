package dev.perfgate.tracker.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Inserts one run with all its results inside the caller's transaction. Iterations, percentiles
 * and secondary metrics go in JDBC batches, histograms HdrHistogram-compressed. Not thread-safe
 * (bound to one handle).
 */
final class RunWriter {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Thousands of rows per large run: bound through plain JDBC, because Jdbi's per-row named
     * binding cost more than H2's insert itself in a short-lived, barely compiled JVM.
     */
    private static final String ITERATION_INSERT = """
            INSERT INTO iteration (result_id, fork, iteration, score, histogram) VALUES (?, ?, ?, ?, ?)""";

    private final Handle handle;

    RunWriter(Handle handle) {
        this.handle = handle;
    }

    long insert(Run run) throws SQLException {
        RunInfo info = run.info();
        Environment env = info.environment() == null
                ? new Environment(null, null, null, null, null, null, null, null, 0, 0)
                : info.environment();
        long runId = handle.createUpdate("""
                INSERT INTO run (run_time, commit_sha, branch, label, jvm_name, jvm_version, jdk_version,
                                 jvm_args, jmh_version, os_name, os_arch, cpu_model, cores, memory_bytes)
                VALUES (:time, :commit, :branch, :label, :jvmName, :jvmVersion, :jdkVersion,
                        :jvmArgs, :jmhVersion, :osName, :osArch, :cpuModel, :cores, :memory)""")
                .bind("time", utc(info.time()))
                .bind("commit", info.commit())
                .bind("branch", info.branch())
                .bind("label", info.label())
                .bind("jvmName", env.jvmName())
                .bind("jvmVersion", env.jvmVersion())
                .bind("jdkVersion", env.jdkVersion())
                .bind("jvmArgs", json(env.jvmArgs()))
                .bind("jmhVersion", env.jmhVersion())
                .bind("osName", env.osName())
                .bind("osArch", env.osArch())
                .bind("cpuModel", env.cpuModel())
                .bind("cores", env.cores())
                .bind("memory", env.memoryBytes())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        PreparedBatch percentiles = handle.prepareBatch("""
                INSERT INTO jmh_percentile (result_id, percentile_rank, jmh_value) VALUES (:result, :rank, :value)""");
        PreparedBatch secondary = handle.prepareBatch("""
                INSERT INTO secondary_metric (result_id, name, score, score_error, unit)
                VALUES (:result, :name, :score, :error, :unit)""");
        List<List<byte[]>> histograms = encodeInParallel(run);
        try (PreparedStatement iterations = handle.getConnection().prepareStatement(ITERATION_INSERT)) {
            insertResults(runId, run, histograms, iterations, percentiles, secondary);
        }
        return runId;
    }

    private void insertResults(long runId, Run run, List<List<byte[]>> histograms, PreparedStatement iterations,
            PreparedBatch percentiles, PreparedBatch secondary) throws SQLException {
        for (int r = 0; r < run.results().size(); r++) {
            BenchmarkResult result = run.results().get(r);
            long resultId = insertResult(runId, result);
            for (int i = 0; i < result.iterations().size(); i++) {
                Iteration it = result.iterations().get(i);
                iterations.setLong(1, resultId);
                iterations.setInt(2, it.fork());
                iterations.setInt(3, it.iteration());
                iterations.setDouble(4, it.score());
                iterations.setBytes(5, histograms.get(r).get(i));
                iterations.addBatch();
            }
            for (Map.Entry<Double, Double> p : result.jmh().percentiles().entrySet()) {
                percentiles.bind("result", resultId).bind("rank", p.getKey()).bind("value", p.getValue()).add();
            }
            for (SecondaryMetric m : result.secondary().values()) {
                secondary.bind("result", resultId).bind("name", m.name()).bind("score", m.score())
                        .bind("error", m.scoreError()).bind("unit", m.unit()).add();
            }
        }
        iterations.executeBatch();
        execute(percentiles);
        execute(secondary);
    }

    /**
     * Deflating thousands of histograms is most of a large save's CPU time and each is
     * independent, so it runs on every core; the order of results and iterations is kept.
     */
    private static List<List<byte[]>> encodeInParallel(Run run) {
        return run.results().parallelStream()
                .map(result -> result.iterations().stream()
                        .map(it -> it.hasLatencies() ? HistogramCodec.encode(it.latencies()) : null) // null: not sample mode
                        .toList())
                .toList();
    }

    private long insertResult(long runId, BenchmarkResult result) {
        return handle.createUpdate("""
                INSERT INTO benchmark_result (run_id, benchmark, mode, params, threads, unit, jmh_score, jmh_score_error)
                VALUES (:run, :benchmark, :mode, :params, :threads, :unit, :score, :error)""")
                .bind("run", runId)
                .bind("benchmark", result.key().benchmark())
                .bind("mode", result.key().mode().jmhName())
                .bind("params", json(result.key().params()))
                .bind("threads", result.key().threads())
                .bind("unit", result.unit())
                .bind("score", result.jmh().score())
                .bind("error", result.jmh().scoreError())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static OffsetDateTime utc(Instant time) {
        return OffsetDateTime.ofInstant(time == null ? Instant.now() : time, ZoneOffset.UTC);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value, e);
        }
    }
}
