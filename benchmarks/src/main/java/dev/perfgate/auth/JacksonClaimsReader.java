package dev.perfgate.auth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alternative the auth note weighs against {@link StrictJson}: Jackson's streaming parser
 * with {@code STRICT_DUPLICATE_DETECTION}, producing the same map/list/Long/Double/String values
 * with the same depth limit, so the two differ only in the parser. Lives in the benchmarks module
 * because core does not depend on Jackson.
 *
 * <p>Thread-safe: the factory is shared, each call has its own parser.
 */
final class JacksonClaimsReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JacksonClaimsReader() {
    }

    static Map<String, Object> parseObject(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            Map<String, Object> result = readObject(parser, 1);
            if (parser.nextToken() != null) {
                throw new IOException("content after the JSON object");
            }
            return result;
        }
    }

    private static Object readValue(JsonParser parser, JsonToken token, int depth) throws IOException {
        switch (token) {
            case START_OBJECT: return readObject(parser, depth + 1);
            case START_ARRAY: return readArray(parser, depth + 1);
            case VALUE_STRING: return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.LONG
                        || parser.getNumberType() == JsonParser.NumberType.INT
                        ? (Object) parser.getLongValue() : (Object) parser.getDoubleValue();
            case VALUE_NUMBER_FLOAT: return parser.getDoubleValue();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            case VALUE_NULL: return null;
            default: throw new IOException("unexpected " + token);
        }
    }

    private static Map<String, Object> readObject(JsonParser parser, int depth) throws IOException {
        checkDepth(depth);
        Map<String, Object> members = new HashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            members.put(name, readValue(parser, parser.nextToken(), depth));
        }
        return Collections.unmodifiableMap(members);
    }

    private static List<Object> readArray(JsonParser parser, int depth) throws IOException {
        checkDepth(depth);
        List<Object> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(readValue(parser, token, depth));
        }
        return Collections.unmodifiableList(items);
    }

    private static void checkDepth(int depth) throws IOException {
        if (depth > StrictJson.MAX_DEPTH) {
            throw new IOException("nested deeper than " + StrictJson.MAX_DEPTH);
        }
    }
}
