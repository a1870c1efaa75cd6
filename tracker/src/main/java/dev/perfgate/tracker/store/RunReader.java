package dev.perfgate.tracker.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.RunInfo;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Reads runs and results back into the model. Results are selected by a condition on
 * {@code benchmark_result} (all of one run, or one key across runs), one query: since schema 2 a
 * row holds the whole result (see {@link IterationBlock} and {@link JsonColumn}).
 * Not thread-safe (bound to one handle).
 */
final class RunReader {

    private static final String RUN_COLUMNS = "id, run_time, commit_sha, branch, label, jvm_name, jvm_version, "
            + "jdk_version, jvm_args, jmh_version, os_name, os_arch, cpu_model, cores, memory_bytes";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Handle handle;

    RunReader(Handle handle) {
        this.handle = handle;
    }

    List<RunInfo> runs(String suffix, Map<String, Object> binds) {
        return handle.createQuery("SELECT " + RUN_COLUMNS + " FROM run " + suffix)
                .bindMap(binds)
                .map((rs, ctx) -> runInfo(rs)).list();
    }

    /** Results of benchmark_result rows {@code r} matching {@code condition}, with their run ids. */
    Map<Long, BenchmarkResult> results(String condition, Map<String, Object> binds, Map<Long, Long> runOfResult) {
        Map<Long, BenchmarkResult> results = new LinkedHashMap<>();
        handle.createQuery("SELECT r.id, r.run_id, r.benchmark, r.mode, r.params, r.threads, r.unit, r.jmh_score, "
                        + "r.jmh_score_error, r.iterations, r.percentiles, r.secondary FROM benchmark_result r "
                        + "JOIN run ON run.id = r.run_id WHERE " + condition + " ORDER BY run.run_time, run.id, r.id")
                .bindMap(binds)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    String where = "result " + id;
                    runOfResult.put(id, rs.getLong("run_id"));
                    BenchmarkKey key = new BenchmarkKey(rs.getString("benchmark"), Mode.fromJmhName(rs.getString("mode")),
                            params(rs.getString("params")), rs.getInt("threads"));
                    JmhSummary jmh = new JmhSummary(rs.getDouble("jmh_score"), rs.getDouble("jmh_score_error"),
                            JsonColumn.percentiles(rs.getString("percentiles"), where));
                    results.put(id, new BenchmarkResult(key, rs.getString("unit"),
                            IterationBlock.decode(rs.getBytes("iterations"), where), jmh,
                            JsonColumn.secondary(rs.getString("secondary"), where)));
                    return id;
                }).list();
        return results;
    }

    private static RunInfo runInfo(ResultSet rs) throws SQLException {
        Environment environment = new Environment(rs.getString("jvm_name"), rs.getString("jvm_version"),
                rs.getString("jdk_version"), jvmArgs(rs.getString("jvm_args")), rs.getString("jmh_version"),
                rs.getString("os_name"), rs.getString("os_arch"), rs.getString("cpu_model"),
                rs.getInt("cores"), rs.getLong("memory_bytes"));
        return new RunInfo(rs.getLong("id"), rs.getObject("run_time", OffsetDateTime.class).toInstant(),
                rs.getString("commit_sha"), rs.getString("branch"), rs.getString("label"), environment);
    }

    private static List<String> jvmArgs(String json) {
        return decode(json, new TypeReference<List<String>>() {});
    }

    static SortedMap<String, String> params(String json) {
        return decode(json, new TypeReference<TreeMap<String, String>>() {});
    }

    private static <T> T decode(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new StoreException("corrupt JSON column in the history database: " + json, e);
        }
    }
}
