package dev.perfgate.tracker.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Writes a comparison as JSON for machines: settings, counts and one object per result. Numbers
 * that do not exist (a key on one side only, an unbounded interval) are {@code null}. Thread-safe.
 */
final class JsonFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFormat() {}

    static String render(Comparison comparison) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("crossEnvironment", comparison.crossEnvironment());
        root.put("confidence", comparison.settings().confidence());
        root.put("resamples", comparison.settings().resamples());
        root.put("seed", comparison.settings().seed());
        ObjectNode drift = root.putObject("machineDrift");
        drift.put("references", comparison.drift().references());
        drift.put("moved", comparison.drift().moved());
        number(drift, "slowdown", comparison.drift().slowdown());
        number(drift, "ciLow", comparison.drift().interval().low());
        number(drift, "ciHigh", comparison.drift().interval().high());
        number(drift, "spread", comparison.drift().spread());
        drift.put("referencesBeyondThreshold", comparison.drift().beyond());
        ObjectNode counts = root.putObject("counts");
        comparison.counts().forEach((verdict, n) -> counts.put(verdict.name(), n));
        ArrayNode results = root.putArray("benchmarks");
        for (BenchmarkComparison c : comparison.benchmarks()) {
            ObjectNode node = results.addObject();
            node.put("benchmark", c.key().benchmark());
            node.put("mode", c.key().mode().jmhName());
            ObjectNode params = node.putObject("params");
            c.key().params().forEach(params::put);
            node.put("threads", c.key().threads());
            node.put("unit", c.unit());
            node.put("statistic", c.statistic().label());
            node.put("verdict", c.verdict().name());
            number(node, "baseline", c.baselineValue());
            number(node, "current", c.currentValue());
            number(node, "ratio", c.ratio());
            number(node, "ciLow", c.interval().low());
            number(node, "ciHigh", c.interval().high());
            node.put("threshold", c.threshold());
            number(node, "smallestDetectableChange", c.smallestDetectableChange());
            node.put("crossEnvironment", c.crossEnvironment());
            node.put("baselineForks", c.baseline() == null ? 0 : c.baseline().forkCount());
            node.put("currentForks", c.current() == null ? 0 : c.current().forkCount());
            node.put("singleFork", c.singleFork());
            node.put("notSteady", c.notSteady());
            if (c.singleFork()) {
                node.put("forksForFirmVerdict", BenchmarkComparison.forksForFirmVerdict());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
