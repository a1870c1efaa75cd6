package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one element of JMH's result array from a streaming parser: every field as a small JSON
 * tree, except {@code primaryMetric.rawDataHistogram}, which goes straight into
 * {@link RawSamples}. A key twice in one object throws {@link DuplicateKeyException}. Stateless.
 */
final class EntryStream {

    /** One entry: its fields (without the raw histogram) and the raw samples, {@code null} if none. */
    record Entry(JsonNode node, RawSamples samples) {}

    private EntryStream() {}

    /** Reads the value the parser is positioned on. */
    static Entry read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return new Entry(JsonTree.read(parser), null);
        }
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        try {
            return readObject(parser, entry);
        } catch (DuplicateKeyException e) {
            JsonNode name = entry.get("benchmark");
            throw e.in(name != null && name.isTextual() ? name.asText() : null);
        }
    }

    private static Entry readObject(JsonParser parser, ObjectNode entry) throws IOException {
        RawSamples samples = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            if (entry.has(name)) {
                throw new DuplicateKeyException(name, parser.currentLocation().getLineNr(), null);
            }
            JsonToken token = parser.nextToken();
            if (name.equals("primaryMetric") && token == JsonToken.START_OBJECT) {
                ObjectNode primary = entry.putObject(name);
                boolean histogram = false;
                for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                    if (primary.has(field) || (histogram && field.equals("rawDataHistogram"))) {
                        throw new DuplicateKeyException(field, parser.currentLocation().getLineNr(), null);
                    }
                    JsonToken value = parser.nextToken();
                    if (field.equals("rawDataHistogram") && value == JsonToken.START_ARRAY) {
                        samples = RawSamples.read(parser);
                        histogram = true;
                    } else {
                        primary.set(field, JsonTree.read(parser));
                    }
                }
            } else {
                entry.set(name, JsonTree.read(parser));
            }
        }
        return new Entry(entry, samples);
    }
}
