package dev.perfgate.tracker.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Latencies;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Reads runs and results back into the model. Results are selected by a condition on
 * {@code benchmark_result} (all of one run, or one key across runs) and their iterations,
 * percentiles and secondary metrics are fetched with the same condition, three queries in all.
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
        Map<Long, BenchmarkKey> keys = new LinkedHashMap<>();
        Map<Long, String> units = new HashMap<>();
        Map<Long, double[]> scores = new HashMap<>();
        handle.createQuery("SELECT r.id, r.run_id, r.benchmark, r.mode, r.params, r.threads, r.unit, r.jmh_score, "
                        + "r.jmh_score_error FROM benchmark_result r JOIN run ON run.id = r.run_id WHERE " + condition
                        + " ORDER BY run.run_time, run.id, r.id")
                .bindMap(binds)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    runOfResult.put(id, rs.getLong("run_id"));
                    keys.put(id, new BenchmarkKey(rs.getString("benchmark"), Mode.fromJmhName(rs.getString("mode")),
                            params(rs.getString("params")), rs.getInt("threads")));
                    units.put(id, rs.getString("unit"));
                    scores.put(id, new double[] {rs.getDouble("jmh_score"), rs.getDouble("jmh_score_error")});
                    return id;
                }).list();
        Map<Long, List<Iteration>> iterations = new HashMap<>();
        handle.createQuery("SELECT i.result_id, i.fork, i.iteration, i.score, i.histogram FROM iteration i "
                        + "JOIN benchmark_result r ON r.id = i.result_id JOIN run ON run.id = r.run_id WHERE " + condition
                        + " ORDER BY i.result_id, i.fork, i.iteration") // a server returns rows in no set order
                .bindMap(binds)
                .map((rs, ctx) -> {
                    long id = rs.getLong("result_id");
                    byte[] bytes = rs.getBytes("histogram");
                    int fork = rs.getInt("fork");
                    int index = rs.getInt("iteration");
                    iterations.computeIfAbsent(id, k -> new ArrayList<>()).add(new Iteration(fork, index,
                            rs.getDouble("score"), bytes == null ? null : Latencies.ofBoth(bytes,
                                    HistogramCodec.decode(bytes, "result " + id + " fork " + fork + " iteration " + index))));
                    return id;
                }).list();
        Map<Long, SortedMap<Double, Double>> percentiles = new HashMap<>();
        handle.createQuery("SELECT p.result_id, p.percentile_rank, p.jmh_value FROM jmh_percentile p "
                        + "JOIN benchmark_result r ON r.id = p.result_id JOIN run ON run.id = r.run_id WHERE " + condition)
                .bindMap(binds)
                .map((rs, ctx) -> percentiles.computeIfAbsent(rs.getLong("result_id"), k -> new TreeMap<>())
                        .put(rs.getDouble("percentile_rank"), rs.getDouble("jmh_value")))
                .list();
        Map<Long, SortedMap<String, SecondaryMetric>> secondary = new HashMap<>();
        handle.createQuery("SELECT s.result_id, s.name, s.score, s.score_error, s.unit FROM secondary_metric s "
                        + "JOIN benchmark_result r ON r.id = s.result_id JOIN run ON run.id = r.run_id WHERE " + condition)
                .bindMap(binds)
                .map((rs, ctx) -> secondary.computeIfAbsent(rs.getLong("result_id"), k -> new TreeMap<>())
                        .put(rs.getString("name"), new SecondaryMetric(rs.getString("name"), rs.getDouble("score"),
                                rs.getDouble("score_error"), rs.getString("unit"))))
                .list();
        Map<Long, BenchmarkResult> results = new LinkedHashMap<>();
        keys.forEach((id, key) -> results.put(id, new BenchmarkResult(key, units.get(id),
                iterations.getOrDefault(id, List.of()),
                new JmhSummary(scores.get(id)[0], scores.get(id)[1], percentiles.get(id)),
                secondary.get(id))));
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
