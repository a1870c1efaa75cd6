package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns one element of JMH's JSON array into a {@link BenchmarkResult}, checking every field it
 * uses. Sample mode turns the streamed {@code rawDataHistogram} into per-iteration latency
 * histograms, built when {@link PendingResult#build} is called (so off the reading thread, see
 * {@link PendingResults}); every other mode (and sample mode from writers that give only
 * {@code rawData}) keeps the iteration scores exactly. Stateless.
 */
final class EntryParser {

    /** Checks one entry completely; anything wrong with it throws {@link InvalidResultException} here. */
    PendingResult parse(String source, EntryStream.Entry read, int index) {
        JsonNode entry = read.node();
        if (!entry.isObject()) {
            throw new InvalidResultException(source, null,
                    "element " + index + " is " + EntryFields.describe(entry) + ", expected a JMH benchmark object");
        }
        EntryFields root = new EntryFields(source, null);
        String benchmark = root.text(entry, "benchmark", "[" + index + "].benchmark");
        EntryFields fields = new EntryFields(source, benchmark);
        Mode mode;
        try {
            mode = Mode.fromJmhName(fields.text(entry, "mode", "mode"));
        } catch (IllegalArgumentException e) {
            throw fields.invalid(e.getMessage());
        }
        int threads = fields.positiveInt(entry, "threads", "threads");
        BenchmarkKey key = new BenchmarkKey(benchmark, mode, params(fields, entry), threads);

        JsonNode primary = fields.required(entry, "primaryMetric", "primaryMetric");
        if (!primary.isObject()) {
            throw fields.invalid("\"primaryMetric\" is " + EntryFields.describe(primary) + ", expected an object");
        }
        String unit = fields.text(primary, "scoreUnit", "primaryMetric.scoreUnit");
        JsonNode unstreamed = primary.get("rawDataHistogram");
        if (unstreamed != null && !unstreamed.isNull()) {
            throw fields.invalid("\"primaryMetric.rawDataHistogram\" is " + EntryFields.describe(unstreamed)
                    + ", expected an array");
        }
        List<LatencySamples.Pending> samples = null;
        List<Iteration> scores = null;
        if (read.samples() != null) {
            samples = new LatencySamples(fields, unit).iterations(read.samples());
        } else {
            scores = scores(fields, primary);
        }
        if ((samples != null ? samples : scores).isEmpty()) {
            throw fields.invalid("no measurement iterations (primaryMetric raw data is empty)");
        }
        JmhSummary summary = new JmhSummary(
                fields.optionalNumber(primary, "score", "primaryMetric.score"),
                fields.optionalNumber(primary, "scoreError", "primaryMetric.scoreError"),
                percentiles(fields, primary, "primaryMetric"));
        return new PendingResult(key, unit, samples, scores, summary, secondary(fields, entry));
    }

    private static SortedMap<String, String> params(EntryFields fields, JsonNode entry) {
        SortedMap<String, String> params = new TreeMap<>();
        JsonNode node = entry.get("params");
        if (node == null || node.isNull()) {
            return params;
        }
        if (!node.isObject()) {
            throw fields.invalid("\"params\" is " + EntryFields.describe(node) + ", expected an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> param = it.next();
            params.put(param.getKey(), fields.optionalText(node, param.getKey(), "params." + param.getKey()));
        }
        return params;
    }

    private static List<Iteration> scores(EntryFields fields, JsonNode primary) {
        JsonNode forks = fields.array(primary, "rawData", "primaryMetric.rawData");
        List<Iteration> iterations = new ArrayList<>();
        for (int fork = 0; fork < forks.size(); fork++) {
            JsonNode values = fields.array(forks.get(fork), "primaryMetric.rawData[" + fork + "]");
            for (int i = 0; i < values.size(); i++) {
                double score = fields.number(values.get(i), "primaryMetric.rawData[" + fork + "][" + i + "]");
                iterations.add(new Iteration(fork, i, score, null));
            }
        }
        return iterations;
    }

    private static SortedMap<Double, Double> percentiles(EntryFields fields, JsonNode metric, String path) {
        SortedMap<Double, Double> percentiles = new TreeMap<>();
        JsonNode node = metric.get("scorePercentiles");
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

    private static SortedMap<String, SecondaryMetric> secondary(EntryFields fields, JsonNode entry) {
        SortedMap<String, SecondaryMetric> metrics = new TreeMap<>();
        JsonNode node = entry.get("secondaryMetrics");
        if (node == null || node.isNull()) {
            return metrics;
        }
        if (!node.isObject()) {
            throw fields.invalid("\"secondaryMetrics\" is " + EntryFields.describe(node) + ", expected an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            String path = "secondaryMetrics." + m.getKey();
            JsonNode metric = m.getValue();
            if (!metric.isObject()) {
                throw fields.invalid("\"" + path + "\" is " + EntryFields.describe(metric) + ", expected an object");
            }
            String unit = fields.optionalText(metric, "scoreUnit", path + ".scoreUnit");
            metrics.put(m.getKey(), new SecondaryMetric(m.getKey(),
                    fields.optionalNumber(metric, "score", path + ".score"),
                    fields.optionalNumber(metric, "scoreError", path + ".scoreError"),
                    unit == null ? "" : unit));
        }
        return metrics;
    }
}
