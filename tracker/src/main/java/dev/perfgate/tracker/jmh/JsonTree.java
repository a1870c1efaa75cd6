package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads the JSON value a streaming parser is positioned on into the same tree Jackson's
 * {@code ObjectMapper.readTree} builds with default settings (ints as int, long or big-integer
 * nodes by size, floats as doubles), except that a key twice in one object throws
 * {@link DuplicateKeyException} where Jackson would keep the last, without an
 * {@code ObjectMapper}: setting one up is a fifth of a short-lived ingest JVM's time and a JMH
 * file needs nothing else from it. {@link #skip} consumes a value the same way without building
 * it. Nesting is bounded by the parser's own depth limit. Stateless.
 */
final class JsonTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {}

    /** The value at the parser's current token, leaving the parser on the value's last token. */
    static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return NODES.missingNode();
        }
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> floating(parser);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("no JSON value starts with " + token);
        };
    }

    /**
     * Consumes the value at the parser's current token as {@link #read} would, refusing a key twice
     * in any object inside it, without building it: for the fields of a JMH entry nothing reads
     * ({@code scoreConfidence}, a secondary metric's {@code rawData}, …). Every token is still
     * read, so the parser's limits on numbers and nesting apply as they do to {@link #read}.
     */
    static void skip(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                skip(parser);
            }
        } else if (token == JsonToken.START_OBJECT) {
            KeyNames names = new KeyNames();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                names.add(name, parser);
                parser.nextToken();
                skip(parser);
            }
        }
    }

    private static ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            int line = parser.currentLocation().getLineNr();
            parser.nextToken();
            if (object.replace(name, read(parser)) != null) {
                throw new DuplicateKeyException(name, line, null);
            }
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(read(parser));
        }
        return array;
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    private static JsonNode floating(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case BIG_DECIMAL -> NODES.numberNode(parser.getDecimalValue());
            case FLOAT -> NODES.numberNode(parser.getFloatValue());
            default -> NODES.numberNode(parser.getDoubleValue());
        };
    }
}
