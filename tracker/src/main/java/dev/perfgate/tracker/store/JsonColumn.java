package dev.perfgate.tracker.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON text of the store's list and map columns ({@code run.jvm_args},
 * {@code benchmark_result.params}), exactly as Jackson's {@code ObjectMapper} writes them
 * (compact, keys in map order, nulls as {@code null}), so lookups by params match rows written
 * by earlier versions. Written with Jackson's streaming generator because setting up an
 * {@code ObjectMapper} costs a short-lived ingest more than its whole insert.
 *
 * <p>Since schema 2 it also writes and reads {@code benchmark_result.percentiles} and
 * {@code benchmark_result.secondary} in JMH's own shapes ({@code scorePercentiles} and
 * {@code secondaryMetrics}: {@code {"99.0": 1.5}}, {@code {"gc.alloc.rate": {"score": 1.0,
 * "scoreError": "NaN", "scoreUnit": "MB/sec"}}}), a number JMH could not measure as the string
 * {@code "NaN"} as JMH writes it. Thread-safe.
 */
final class JsonColumn {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonColumn() {}

    static String of(List<String> values) {
        return new Texts().of(values);
    }

    static String of(Map<String, String> values) {
        return new Texts().of(values);
    }

    /** JMH's {@code scorePercentiles} shape: percentile (as Java prints the double) to value. */
    static String ofPercentiles(SortedMap<Double, Double> percentiles) {
        return new Texts().ofPercentiles(percentiles);
    }

    /** JMH's {@code secondaryMetrics} shape, without the raw data: name to score, error and unit. */
    static String ofSecondary(SortedMap<String, SecondaryMetric> metrics) {
        return new Texts().ofSecondary(metrics);
    }

    /**
     * Writes many column texts with one generator: a 20,000-benchmark ingest writes three per
     * result, and creating a generator for each was most of what its rows cost before H2 saw them.
     * The text is the same as a fresh generator's. Not thread-safe (one per writer).
     */
    static final class Texts {

        private final StringWriter text = new StringWriter();
        private final JsonGenerator json;

        Texts() {
            try {
                json = FACTORY.createGenerator(text);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write JSON to a string", e);
            }
            json.setRootValueSeparator(null); // each text is one root value, with nothing between
        }

        String of(List<String> values) {
            if (values == null) {
                return "null";
            }
            return write(json -> {
                json.writeStartArray();
                for (String value : values) {
                    json.writeString(value);
                }
                json.writeEndArray();
            });
        }

        String of(Map<String, String> values) {
            if (values == null) {
                return "null";
            }
            return write(json -> {
                json.writeStartObject();
                for (Map.Entry<String, String> entry : values.entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            });
        }

        /** JMH's {@code scorePercentiles} shape: percentile (as Java prints the double) to value. */
        String ofPercentiles(SortedMap<Double, Double> percentiles) {
            return write(json -> {
                json.writeStartObject();
                for (Map.Entry<Double, Double> entry : percentiles.entrySet()) {
                    json.writeFieldName(Double.toString(entry.getKey()));
                    number(json, entry.getValue());
                }
                json.writeEndObject();
            });
        }

        /** JMH's {@code secondaryMetrics} shape, without the raw data: name to score, error and unit. */
        String ofSecondary(SortedMap<String, SecondaryMetric> metrics) {
            return write(json -> {
                json.writeStartObject();
                for (SecondaryMetric metric : metrics.values()) {
                    json.writeObjectFieldStart(metric.name());
                    json.writeFieldName("score");
                    number(json, metric.score());
                    json.writeFieldName("scoreError");
                    number(json, metric.scoreError());
                    json.writeStringField("scoreUnit", metric.unit());
                    json.writeEndObject();
                }
                json.writeEndObject();
            });
        }

        private String write(Body body) {
            text.getBuffer().setLength(0);
            try {
                body.writeTo(json);
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write JSON to a string", e);
            }
            return text.toString();
        }
    }

    /** What {@link #ofPercentiles} wrote. */
    static SortedMap<Double, Double> percentiles(String text, String where) {
        return read(text, where, json -> {
            SortedMap<Double, Double> percentiles = new TreeMap<>();
            expect(json, JsonToken.START_OBJECT);
            for (String name = json.nextFieldName(); name != null; name = json.nextFieldName()) {
                json.nextToken();
                percentiles.put(Double.parseDouble(name), number(json));
            }
            return percentiles;
        });
    }

    /** What {@link #ofSecondary} wrote. */
    static SortedMap<String, SecondaryMetric> secondary(String text, String where) {
        return read(text, where, json -> {
            SortedMap<String, SecondaryMetric> metrics = new TreeMap<>();
            expect(json, JsonToken.START_OBJECT);
            for (String name = json.nextFieldName(); name != null; name = json.nextFieldName()) {
                expect(json, JsonToken.START_OBJECT);
                double score = Double.NaN;
                double error = Double.NaN;
                String unit = null;
                for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
                    json.nextToken();
                    switch (field) {
                        case "score" -> score = number(json);
                        case "scoreError" -> error = number(json);
                        case "scoreUnit" -> unit = json.getValueAsString();
                        default -> json.skipChildren();
                    }
                }
                if (unit == null) {
                    throw new IOException("secondary metric \"" + name + "\" has no scoreUnit");
                }
                metrics.put(name, new SecondaryMetric(name, score, error, unit));
            }
            return metrics;
        });
    }

    private static void number(JsonGenerator json, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeString(Double.toString(value)); // "NaN", "Infinity", "-Infinity"
        }
    }

    private static double number(JsonParser json) throws IOException {
        return switch (json.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> json.getDoubleValue();
            case VALUE_STRING -> Double.parseDouble(json.getText());
            default -> throw new IOException("expected a number, found " + json.currentToken());
        };
    }

    private static void expect(JsonParser json, JsonToken token) throws IOException {
        if (json.nextToken() != token) {
            throw new IOException("expected " + token + ", found " + json.currentToken());
        }
    }

    private interface Reading<T> {
        T readFrom(JsonParser json) throws IOException;
    }

    private static <T> T read(String text, String where, Reading<T> reading) {
        try (JsonParser json = FACTORY.createParser(text)) {
            return reading.readFrom(json);
        } catch (IOException | NumberFormatException e) {
            throw new StoreException("corrupt JSON column in " + where + " of the history database: " + e.getMessage()
                    + " in " + (text.length() > 200 ? text.substring(0, 200) + "…" : text), e);
        }
    }

    private interface Body {
        void writeTo(JsonGenerator json) throws IOException;
    }
}
