package dev.perfgate.tracker.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.util.Map;

/**
 * Writes the baseline manifest: everything of a run except the histograms, in a fixed field order
 * (diff-friendly, byte-stable). Missing numbers are written as the string "NaN", as JMH does.
 * Thread-safe.
 */
final class ManifestJson {

    static final int FORMAT = 1;
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Reads manifests refusing a key twice: the last one would otherwise win silently. */
    static final ObjectMapper STRICT_READER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ManifestJson() {}

    static ObjectNode write(Run run, Map<BenchmarkKey, String> ids) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("perfgateBaseline", FORMAT);
        root.put("time", run.info().time() == null ? null : run.info().time().toString());
        root.put("commit", run.info().commit());
        root.put("branch", run.info().branch());
        root.put("label", run.info().label());
        environment(root.putObject("environment"), run.info().environment());
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (BenchmarkResult result : run.results()) {
            ObjectNode node = benchmarks.addObject();
            node.put("id", ids.get(result.key()));
            node.put("benchmark", result.key().benchmark());
            node.put("mode", result.key().mode().jmhName());
            ObjectNode params = node.putObject("params");
            result.key().params().forEach(params::put);
            node.put("threads", result.key().threads());
            node.put("unit", result.unit());
            if (result.jmh() != null) {
                ObjectNode jmh = node.putObject("jmh");
                number(jmh, "score", result.jmh().score());
                number(jmh, "scoreError", result.jmh().scoreError());
                ObjectNode percentiles = jmh.putObject("percentiles");
                result.jmh().percentiles().forEach((p, v) -> number(percentiles, p.toString(), v));
            }
            ObjectNode secondary = node.putObject("secondary");
            for (SecondaryMetric metric : result.secondary().values()) {
                ObjectNode m = secondary.putObject(metric.name());
                number(m, "score", metric.score());
                number(m, "scoreError", metric.scoreError());
                m.put("unit", metric.unit());
            }
            ArrayNode iterations = node.putArray("iterations");
            for (Iteration iteration : result.iterations()) {
                ArrayNode row = iterations.addArray();
                row.add(iteration.fork()).add(iteration.iteration());
                if (Double.isFinite(iteration.score())) {
                    row.add(iteration.score());
                } else {
                    row.add(String.valueOf(iteration.score()));
                }
                row.add(iteration.hasLatencies());
            }
        }
        return root;
    }

    private static void environment(ObjectNode node, Environment environment) {
        if (environment == null) {
            return;
        }
        node.put("fingerprint", environment.fingerprint());
        node.put("jvmName", environment.jvmName());
        node.put("jvmVersion", environment.jvmVersion());
        node.put("jdkVersion", environment.jdkVersion());
        ArrayNode args = node.putArray("jvmArgs");
        environment.jvmArgs().forEach(args::add);
        node.put("jmhVersion", environment.jmhVersion());
        node.put("osName", environment.osName());
        node.put("osArch", environment.osArch());
        node.put("cpuModel", environment.cpuModel());
        node.put("cores", environment.cores());
        node.put("memoryBytes", environment.memoryBytes());
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.put(name, String.valueOf(value));
        }
    }

    /** Reads a number written by {@link #number}: a JSON number or the string "NaN"/"Infinity". */
    static double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        return node.isTextual() ? Double.parseDouble(node.asText()) : node.asDouble();
    }
}
