package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.IterationScores;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Turns one element of JMH's JSON array into a {@link BenchmarkResult}, checking every field it
 * uses. Sample mode turns the streamed {@code rawDataHistogram} into per-iteration latency
 * histograms, built when {@link PendingResult#build} is called (so off the reading thread, see
 * {@link PendingResults}); every other mode (and sample mode from writers that give only
 * {@code rawData}) keeps the iteration scores exactly. Scores must be finite, non-negative and not
 * all zero; the unit must suit the mode; the raw data's shape must be one JMH writes (see
 * {@link RawDataShape}); and JMH's score must be the raw data's mean. Not thread-safe (one per
 * file read: it remembers which warnings it gave).
 */
final class EntryParser {

    private final Consumer<String> warnings;
    private final java.util.Set<String> warned = new java.util.HashSet<>();

    /** {@code warnings} receives what JMH can write but a reader should know (each prefixed with the entry). */
    EntryParser(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** Checks one entry completely; anything wrong with it throws {@link InvalidResultException} here. */
    PendingResult parse(String source, EntryStream.Entry entry, int index) {
        if (entry.notAnObject != null) {
            throw new InvalidResultException(source, null,
                    "element " + index + " is " + EntryFields.describe(entry.notAnObject) + ", expected a JMH benchmark object");
        }
        EntryFields root = new EntryFields(source, null);
        String benchmark = root.name(entry.benchmark, "[" + index + "].benchmark");
        EntryFields named = new EntryFields(source, benchmark);
        Mode mode;
        try {
            mode = Mode.fromJmhName(named.text(entry.mode, "mode"));
        } catch (IllegalArgumentException e) {
            throw named.invalid(e.getMessage());
        }
        EntryFields fields = named.withMode(mode.jmhName());
        int threads = fields.positiveInt(entry.threads, "threads");
        int forks = fields.optionalCount(entry.forks, "forks");
        int measurementIterations = fields.optionalCount(entry.measurementIterations, "measurementIterations");
        BenchmarkKey key = new BenchmarkKey(benchmark, mode, params(fields, entry.params), threads);

        if (entry.primary == null) {
            JsonNode node = fields.required(entry.primaryNode, "primaryMetric");
            throw fields.invalid("\"primaryMetric\" is " + EntryFields.describe(node) + ", expected an object");
        }
        EntryStream.Primary primary = entry.primary;
        String unit = fields.text(primary.scoreUnit, "primaryMetric.scoreUnit");
        PrimaryMetricChecks.unit(fields, mode, unit);
        JsonNode unstreamed = primary.histogramNode;
        if (unstreamed != null && !unstreamed.isNull()) {
            throw fields.invalid("\"primaryMetric.rawDataHistogram\" is " + EntryFields.describe(unstreamed)
                    + ", expected an array");
        }
        // Each kind of warning once per file: a file of in-process runs would otherwise repeat it per benchmark.
        Consumer<String> warn = warning -> {
            if (warned.add(warning)) {
                warnings.accept(source + ": benchmark '" + benchmark + "' [mode " + mode.jmhName() + "]: " + warning
                        + " (said once per file)");
            }
        };
        List<LatencySamples.Pending> samples = null;
        List<Iteration> scores = null;
        double mean;
        if (primary.samples != null) {
            samples = new LatencySamples(fields, unit).iterations(primary.samples);
            requireIterations(fields, samples);
            RawDataShape.check(fields, forks, measurementIterations, "primaryMetric.rawDataHistogram",
                    primary.samples.perFork(), warn);
            mean = PrimaryMetricChecks.sampleMean(fields, samples);
        } else {
            RawScores raw = rawData(fields, primary);
            scores = scores(fields, raw);
            requireIterations(fields, scores);
            mean = Arrays.stream(raw.scores()).average().orElse(Double.NaN);
            RawDataShape.check(fields, forks, measurementIterations, "primaryMetric.rawData", raw.perFork(), warn);
        }
        JmhSummary summary = new JmhSummary(
                fields.optionalNumber(primary.score, "primaryMetric.score"),
                fields.optionalNumber(primary.scoreError, "primaryMetric.scoreError"),
                percentiles(fields, primary.scorePercentiles, "primaryMetric"));
        PrimaryMetricChecks.score(fields, summary.score(), mean, samples != null ? "rawDataHistogram" : "rawData");
        return new PendingResult(key, unit, samples, scores, summary, secondary(fields, entry));
    }

    private static void requireIterations(EntryFields fields, List<?> iterations) {
        if (iterations.isEmpty()) {
            throw fields.invalid("no measurement iterations (primaryMetric raw data is empty)");
        }
    }

    private static RawScores rawData(EntryFields fields, EntryStream.Primary primary) {
        if (primary.rawData == null) {
            JsonNode node = fields.required(primary.rawDataNode, "primaryMetric.rawData");
            throw fields.invalid("\"primaryMetric.rawData\" is " + EntryFields.describe(node) + ", expected an array");
        }
        return primary.rawData;
    }

    private static SortedMap<String, String> params(EntryFields fields, JsonNode node) {
        SortedMap<String, String> params = new TreeMap<>();
        if (node == null || node.isNull()) {
            return params;
        }
        if (!node.isObject()) {
            throw fields.invalid("\"params\" is " + EntryFields.describe(node) + ", expected an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> param = it.next();
            params.put(param.getKey(), fields.optionalText(param.getValue(), "params." + param.getKey()));
        }
        return params;
    }

    /** The iterations of checked raw scores, their index counted within each fork. */
    private static List<Iteration> scores(EntryFields fields, RawScores raw) {
        if (raw.problem() != null) {
            throw fields.invalid(raw.problem());
        }
        double[] values = raw.scores();
        List<Iteration> iterations = new ArrayList<>(values.length);
        int iteration = 0;
        for (int i = 0; i < values.length; i++) {
            iteration = i > 0 && raw.fork(i) == raw.fork(i - 1) ? iteration + 1 : 0;
            iterations.add(new Iteration(raw.fork(i), iteration, values[i], null));
        }
        String allZero = IterationScores.allZero(values);
        if (allZero != null) {
            throw fields.invalid("\"primaryMetric.rawData\": " + allZero);
        }
        return iterations;
    }

    private static SortedMap<Double, Double> percentiles(EntryFields fields, JsonNode node, String path) {
        SortedMap<Double, Double> percentiles = new TreeMap<>();
        if (node == null || node.isNull()) {
            return percentiles;
        }
        if (!node.isObject()) {
            throw fields.invalid("\"" + path + ".scorePercentiles\" is " + EntryFields.describe(node) + ", expected an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String where = path + ".scorePercentiles." + p.getKey();
            double rank;
            try {
                rank = Double.parseDouble(p.getKey());
            } catch (NumberFormatException e) {
                throw fields.invalid("\"" + where + "\" is not a percentile rank");
            }
            percentiles.put(rank, fields.number(p.getValue(), where));
        }
        return percentiles;
    }

    private static SortedMap<String, SecondaryMetric> secondary(EntryFields fields, EntryStream.Entry entry) {
        SortedMap<String, SecondaryMetric> metrics = new TreeMap<>();
        if (entry.secondary == null) {
            JsonNode node = entry.secondaryNode;
            if (node == null || node.isNull()) {
                return metrics;
            }
            throw fields.invalid("\"secondaryMetrics\" is " + EntryFields.describe(node) + ", expected an object");
        }
        for (EntryStream.Secondary metric : entry.secondary) {
            String path = "secondaryMetrics." + metric.name;
            if (metric.notAnObject != null) {
                throw fields.invalid("\"" + path + "\" is " + EntryFields.describe(metric.notAnObject) + ", expected an object");
            }
            String unit = fields.optionalText(metric.scoreUnit, path + ".scoreUnit");
            metrics.put(metric.name, new SecondaryMetric(metric.name,
                    fields.optionalNumber(metric.score, path + ".score"),
                    fields.optionalNumber(metric.scoreError, path + ".scoreError"),
                    unit == null ? "" : unit));
        }
        return metrics;
    }
}
