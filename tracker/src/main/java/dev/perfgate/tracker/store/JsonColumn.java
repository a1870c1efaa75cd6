package dev.perfgate.tracker.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON text of the store's list and map columns ({@code run.jvm_args},
 * {@code benchmark_result.params}), exactly as Jackson's {@code ObjectMapper} writes them
 * (compact, keys in map order, nulls as {@code null}), so lookups by params match rows written
 * by earlier versions. Written with Jackson's streaming generator because setting up an
 * {@code ObjectMapper} costs a short-lived ingest more than its whole insert. Thread-safe.
 */
final class JsonColumn {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonColumn() {}

    static String of(List<String> values) {
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

    static String of(Map<String, String> values) {
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

    private interface Body {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            body.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to a string", e);
        }
        return text.toString();
    }
}
