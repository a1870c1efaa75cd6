package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one element of JMH's result array from a streaming parser into an {@link Entry}: the
 * fields perfgate checks as small JSON values, {@code primaryMetric.rawData} into
 * {@link RawScores} and {@code primaryMetric.rawDataHistogram} into {@link RawSamples}, and
 * everything else consumed without being built. An entry used to become one JSON tree with a
 * node per score; for a 20,000-benchmark file that tree was a third of reading it. A key twice in
 * any object of the entry throws {@link DuplicateKeyException}, as {@link JsonTree} does. Nothing
 * is checked here beyond JSON itself: {@link EntryParser} checks the fields in its own order once
 * the whole entry is read. Stateless.
 */
final class EntryStream {

    private EntryStream() {}

    /**
     * One entry as read. A field's value is {@code null} when the entry does not have it (JSON
     * {@code null} stays a null node, which the checks treat as missing). Filled by
     * {@link EntryStream}, read by {@link EntryParser}; not thread-safe.
     */
    static final class Entry {
        /** The element itself when it is not an object; then nothing else is set. */
        JsonNode notAnObject;
        JsonNode benchmark;
        JsonNode mode;
        JsonNode threads;
        JsonNode forks;
        JsonNode measurementIterations;
        JsonNode params;
        JsonNode jvmArgs;
        JsonNode vmName;
        JsonNode vmVersion;
        JsonNode jdkVersion;
        JsonNode jmhVersion;
        /** {@code primaryMetric} when it is not an object (or JSON null); else {@link #primary} is set. */
        JsonNode primaryNode;
        Primary primary;
        /** {@code secondaryMetrics} when it is not an object (or JSON null); else {@link #secondary} is set. */
        JsonNode secondaryNode;
        List<Secondary> secondary;
    }

    /** The fields of {@code primaryMetric} that perfgate reads. */
    static final class Primary {
        JsonNode scoreUnit;
        JsonNode score;
        JsonNode scoreError;
        JsonNode scorePercentiles;
        /** {@code rawData} when it is not an array; JSON null counts as absent. */
        JsonNode rawDataNode;
        RawScores rawData;
        /** {@code rawDataHistogram} when it is not an array (a JSON null included). */
        JsonNode histogramNode;
        RawSamples samples;
    }

    /** One secondary metric: its name and, when it is an object, the fields perfgate reads. */
    static final class Secondary {
        final String name;
        /** The metric when it is not an object; then the other fields stay unset. */
        JsonNode notAnObject;
        JsonNode scoreUnit;
        JsonNode score;
        JsonNode scoreError;

        Secondary(String name) {
            this.name = name;
        }
    }

    /** Reads the value the parser is positioned on, leaving the parser on its last token. */
    static Entry read(JsonParser parser) throws IOException {
        Entry entry = new Entry();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            entry.notAnObject = JsonTree.read(parser);
            return entry;
        }
        try {
            readObject(parser, entry);
            return entry;
        } catch (DuplicateKeyException e) {
            JsonNode name = entry.benchmark;
            throw e.in(name != null && name.isTextual() ? name.asText() : null);
        }
    }

    private static void readObject(JsonParser parser, Entry entry) throws IOException {
        KeyNames names = new KeyNames();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            names.add(name, parser);
            JsonToken token = parser.nextToken();
            switch (name) {
                case "benchmark" -> entry.benchmark = JsonTree.read(parser);
                case "mode" -> entry.mode = JsonTree.read(parser);
                case "threads" -> entry.threads = JsonTree.read(parser);
                case "forks" -> entry.forks = JsonTree.read(parser);
                case "measurementIterations" -> entry.measurementIterations = JsonTree.read(parser);
                case "params" -> entry.params = JsonTree.read(parser);
                case "jvmArgs" -> entry.jvmArgs = JsonTree.read(parser);
                case "vmName" -> entry.vmName = JsonTree.read(parser);
                case "vmVersion" -> entry.vmVersion = JsonTree.read(parser);
                case "jdkVersion" -> entry.jdkVersion = JsonTree.read(parser);
                case "jmhVersion" -> entry.jmhVersion = JsonTree.read(parser);
                case "primaryMetric" -> {
                    if (token == JsonToken.START_OBJECT) {
                        entry.primary = primary(parser);
                    } else {
                        entry.primaryNode = JsonTree.read(parser);
                    }
                }
                case "secondaryMetrics" -> {
                    if (token == JsonToken.START_OBJECT) {
                        entry.secondary = secondary(parser);
                    } else {
                        entry.secondaryNode = JsonTree.read(parser);
                    }
                }
                default -> JsonTree.skip(parser);
            }
        }
    }

    private static Primary primary(JsonParser parser) throws IOException {
        Primary primary = new Primary();
        KeyNames names = new KeyNames();
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            names.add(field, parser);
            JsonToken token = parser.nextToken();
            switch (field) {
                case "scoreUnit" -> primary.scoreUnit = JsonTree.read(parser);
                case "score" -> primary.score = JsonTree.read(parser);
                case "scoreError" -> primary.scoreError = JsonTree.read(parser);
                case "scorePercentiles" -> primary.scorePercentiles = JsonTree.read(parser);
                case "rawData" -> {
                    if (token == JsonToken.START_ARRAY) {
                        primary.rawData = RawScores.read(parser);
                    } else if (token != JsonToken.VALUE_NULL) {
                        primary.rawDataNode = JsonTree.read(parser);
                    }
                }
                case "rawDataHistogram" -> {
                    if (token == JsonToken.START_ARRAY) {
                        primary.samples = RawSamples.read(parser);
                    } else {
                        primary.histogramNode = JsonTree.read(parser);
                    }
                }
                default -> JsonTree.skip(parser);
            }
        }
        return primary;
    }

    private static List<Secondary> secondary(JsonParser parser) throws IOException {
        List<Secondary> metrics = new ArrayList<>();
        KeyNames names = new KeyNames();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            names.add(name, parser);
            Secondary metric = new Secondary(name);
            metrics.add(metric);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                metric.notAnObject = JsonTree.read(parser);
                continue;
            }
            KeyNames fields = new KeyNames();
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                fields.add(field, parser);
                parser.nextToken();
                switch (field) {
                    case "scoreUnit" -> metric.scoreUnit = JsonTree.read(parser);
                    case "score" -> metric.score = JsonTree.read(parser);
                    case "scoreError" -> metric.scoreError = JsonTree.read(parser);
                    default -> JsonTree.skip(parser);
                }
            }
        }
        return metrics;
    }
}
