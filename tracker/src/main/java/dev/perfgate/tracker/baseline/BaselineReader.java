package dev.perfgate.tracker.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.perfgate.tracker.io.FileProblem;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.IterationScores;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Latencies;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.ScoreUnit;
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
 * {@link HistogramLogReader}. The manifest is checked as strictly as a JMH file: no key twice,
 * at least one benchmark, units that suit the modes, every iteration score finite, non-negative
 * and not all zero. Anything missing or inconsistent throws
 * {@link InvalidBaselineException} naming the file; a bad baseline yields nothing. Thread-safe
 * (stateless).
 */
public final class BaselineReader {

    public Run read(BaselineFiles files) {
        JsonNode root = manifest(files);
        JsonNode benchmarks = root.get("benchmarks");
        if (benchmarks == null || !benchmarks.isArray()) {
            throw new InvalidBaselineException(files.manifest(), "missing the \"benchmarks\" array");
        }
        if (benchmarks.isEmpty()) {
            throw new InvalidBaselineException(files.manifest(), "\"benchmarks\" is empty: a baseline of nothing gates nothing");
        }
        Map<String, Histogram> histograms = histograms(files);
        List<BenchmarkResult> results = new ArrayList<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            results.add(result(files, benchmarks.get(i), i, histograms));
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(files.manifest());
        } catch (NoSuchFileException e) {
            throw new InvalidBaselineException(files.manifest(), "no baseline here (run `tracker baseline save` first)", e);
        } catch (IOException e) {
            throw new InvalidBaselineException(files.manifest(), "cannot read the manifest: " + FileProblem.describe(e), e);
        }
        try {
            root = ManifestJson.STRICT_READER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage().startsWith("Duplicate field")
                    ? "duplicate key " + e.getOriginalMessage().substring("Duplicate field ".length()).replace('\'', '"')
                            + ": which of the two values was meant cannot be told"
                    : "not valid JSON: " + e.getOriginalMessage();
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new InvalidBaselineException(files.manifest(), problem + at, e);
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

    private static BenchmarkResult result(BaselineFiles files, JsonNode node, int index, Map<String, Histogram> histograms) {
        String path = "benchmarks[" + index + "]";
        String id = text(node, "id");
        String benchmark = text(node, "benchmark");
        String where = (benchmark == null ? path : "benchmark '" + benchmark + "'" + (node.hasNonNull("mode")
                ? " [mode " + node.get("mode").asText() + "]" : "")) + ": ";
        try {
            if (benchmark == null || benchmark.isBlank() || id == null) {
                throw new IllegalArgumentException("\"" + path + "\" needs a benchmark name and an id");
            }
            Mode mode = Mode.fromJmhName(text(node, "mode"));
            String unit = text(node, "unit");
            String mismatch = unit == null ? "is missing" : ScoreUnit.mismatch(mode, unit);
            if (mismatch != null) {
                throw new IllegalArgumentException("\"" + path + ".unit\" " + mismatch);
            }
            Map<String, String> params = new TreeMap<>();
            node.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            BenchmarkKey key = new BenchmarkKey(benchmark, mode, new TreeMap<>(params), node.path("threads").asInt(1));
            List<Iteration> iterations = iterations(files, node, path, id, histograms);
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
            return new BenchmarkResult(key, unit, iterations, jmh, secondary);
        } catch (InvalidBaselineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidBaselineException(files.manifest(), where + e.getMessage(), e);
        }
    }

    /** Rows {@code [fork, iteration, score, hasHistogram]}: checked one by one, scores by {@link IterationScores}. */
    private static List<Iteration> iterations(BaselineFiles files, JsonNode node, String path, String id,
            Map<String, Histogram> histograms) {
        JsonNode rows = node.get("iterations");
        if (rows == null || !rows.isArray() || rows.isEmpty()) {
            throw new IllegalArgumentException("\"" + path + ".iterations\" is " + (rows == null ? "missing" : "empty"
                    + " or not an array") + ": nothing to compare");
        }
        List<Iteration> iterations = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        double[] scores = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "\"" + path + ".iterations[" + i + "]\"";
            if (!row.isArray() || row.size() != 4 || !row.get(0).canConvertToInt() || !row.get(1).canConvertToInt()
                    || row.get(0).asInt() < 0 || row.get(1).asInt() < 0 || !row.get(3).isBoolean()
                    || !(row.get(2).isNumber() || row.get(2).isTextual())) {
                throw new IllegalArgumentException(at + " is " + row + ", expected [fork, iteration, score, hasHistogram]");
            }
            int fork = row.get(0).asInt();
            int iteration = row.get(1).asInt();
            if (!seen.add(fork + "." + iteration)) {
                throw new IllegalArgumentException(at + ": fork " + fork + " iteration " + iteration + " appears twice");
            }
            double score;
            try {
                score = ManifestJson.number(row.get(2));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(at + " has score " + row.get(2) + ", expected a number");
            }
            String problem = IterationScores.problem(score);
            if (problem != null) {
                throw new IllegalArgumentException(at + ": score " + problem);
            }
            scores[i] = score;
            Histogram latencies = null;
            if (row.get(3).asBoolean()) {
                String tag = id + "@" + fork + "." + iteration;
                latencies = histograms.remove(tag);
                if (latencies == null) {
                    throw new InvalidBaselineException(files.histograms(), "no histogram tagged " + tag);
                }
                latencies.setTag(null);
            }
            iterations.add(new Iteration(fork, iteration, score, latencies == null ? null : Latencies.of(latencies)));
        }
        String allZero = IterationScores.allZero(scores);
        if (allZero != null) {
            throw new IllegalArgumentException("\"" + path + ".iterations\": " + allZero);
        }
        return iterations;
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
