package dev.perfgate.tracker.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Latencies;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * Loads a baseline written by {@link BaselineWriter} back into the same {@link Run} a stored run or
 * a JMH file becomes (id 0). Reads the histograms with HdrHistogram's own
 * {@link HistogramLogReader}. Anything missing or inconsistent throws
 * {@link InvalidBaselineException} naming the file; a bad baseline yields nothing. Thread-safe
 * (stateless).
 */
public final class BaselineReader {

    public Run read(BaselineFiles files) {
        JsonNode root = manifest(files);
        Map<String, Histogram> histograms = histograms(files);
        List<BenchmarkResult> results = new ArrayList<>();
        for (JsonNode node : root.path("benchmarks")) {
            results.add(result(files, node, histograms));
        }
        if (!histograms.isEmpty()) {
            throw new InvalidBaselineException(files.histograms(), "histograms with tags the manifest does not name: "
                    + new TreeMap<>(histograms).keySet());
        }
        String time = text(root, "time");
        RunInfo info = new RunInfo(0, time == null ? null : Instant.parse(time), text(root, "commit"),
                text(root, "branch"), text(root, "label"), environment(root.path("environment")));
        return new Run(info, results);
    }

    private static JsonNode manifest(BaselineFiles files) {
        JsonNode root;
        try {
            root = ManifestJson.MAPPER.readTree(Files.readAllBytes(files.manifest()));
        } catch (NoSuchFileException e) {
            throw new InvalidBaselineException(files.manifest(), "no baseline here (run `tracker baseline save` first)", e);
        } catch (IOException e) {
            throw new InvalidBaselineException(files.manifest(), "not a readable JSON manifest: " + e.getMessage(), e);
        }
        if (root == null || root.path("perfgateBaseline").asInt() != ManifestJson.FORMAT) {
            throw new InvalidBaselineException(files.manifest(), "not a perfgate baseline manifest of format "
                    + ManifestJson.FORMAT);
        }
        return root;
    }

    private static Map<String, Histogram> histograms(BaselineFiles files) {
        Map<String, Histogram> byTag = new HashMap<>();
        try (InputStream in = Files.newInputStream(files.histograms());
                HistogramLogReader reader = new HistogramLogReader(in)) {
            EncodableHistogram next;
            while ((next = reader.nextIntervalHistogram()) != null) {
                Histogram histogram = (Histogram) next;
                if (byTag.put(histogram.getTag(), histogram) != null) {
                    throw new InvalidBaselineException(files.histograms(), "tag " + histogram.getTag() + " appears twice");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidBaselineException invalid) {
                throw invalid;
            }
            throw new InvalidBaselineException(files.histograms(), "not a readable HdrHistogram log: " + e, e);
        }
        return byTag;
    }

    private static BenchmarkResult result(BaselineFiles files, JsonNode node, Map<String, Histogram> histograms) {
        String id = text(node, "id");
        try {
            Map<String, String> params = new TreeMap<>();
            node.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            BenchmarkKey key = new BenchmarkKey(text(node, "benchmark"), Mode.fromJmhName(text(node, "mode")),
                    new TreeMap<>(params), node.path("threads").asInt(1));
            List<Iteration> iterations = new ArrayList<>();
            for (JsonNode row : node.path("iterations")) {
                int fork = row.get(0).asInt();
                int iteration = row.get(1).asInt();
                Histogram latencies = null;
                if (row.get(3).asBoolean()) {
                    String tag = id + "@" + fork + "." + iteration;
                    latencies = histograms.remove(tag);
                    if (latencies == null) {
                        throw new InvalidBaselineException(files.histograms(), "no histogram tagged " + tag);
                    }
                    latencies.setTag(null);
                }
                iterations.add(new Iteration(fork, iteration, ManifestJson.number(row.get(2)),
                        latencies == null ? null : Latencies.of(latencies)));
            }
            JsonNode jmhNode = node.get("jmh");
            JmhSummary jmh = null;
            if (jmhNode != null) {
                TreeMap<Double, Double> percentiles = new TreeMap<>();
                jmhNode.path("percentiles").fields().forEachRemaining(
                        e -> percentiles.put(Double.parseDouble(e.getKey()), ManifestJson.number(e.getValue())));
                jmh = new JmhSummary(ManifestJson.number(jmhNode.get("score")),
                        ManifestJson.number(jmhNode.get("scoreError")), percentiles);
            }
            TreeMap<String, SecondaryMetric> secondary = new TreeMap<>();
            node.path("secondary").fields().forEachRemaining(e -> secondary.put(e.getKey(), new SecondaryMetric(
                    e.getKey(), ManifestJson.number(e.getValue().get("score")),
                    ManifestJson.number(e.getValue().get("scoreError")), text(e.getValue(), "unit"))));
            return new BenchmarkResult(key, text(node, "unit"), iterations, jmh, secondary);
        } catch (InvalidBaselineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidBaselineException(files.manifest(), "benchmark " + id + " is malformed: " + e.getMessage(), e);
        }
    }

    private static Environment environment(JsonNode node) {
        if (node.isMissingNode() || node.isEmpty()) {
            return null;
        }
        List<String> args = new ArrayList<>();
        node.path("jvmArgs").forEach(a -> args.add(a.asText()));
        return new Environment(text(node, "jvmName"), text(node, "jvmVersion"), text(node, "jdkVersion"), args,
                text(node, "jmhVersion"), text(node, "osName"), text(node, "osArch"), text(node, "cpuModel"),
                node.path("cores").asInt(0), node.path("memoryBytes").asLong(0));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
