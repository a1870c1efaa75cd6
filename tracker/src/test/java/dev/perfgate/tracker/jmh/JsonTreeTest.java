package dev.perfgate.tracker.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.tracker.JmhCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode tree(String json) throws Exception {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.nextToken();
            JsonNode node = JsonTree.read(parser);
            assertThat(parser.nextToken()).as("parser left after the value").isNull();
            return node;
        }
    }

    /** Equal trees and equal node classes all the way down (equals alone lets 1 and 1L pass). */
    private static void assertSameAsObjectMapper(String json) throws Exception {
        JsonNode expected = MAPPER.readTree(json);
        JsonNode actual = tree(json);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertSameTypes(actual, expected, "$");
    }

    private static void assertSameTypes(JsonNode actual, JsonNode expected, String path) {
        assertThat(actual.getClass()).as(path).isEqualTo(expected.getClass());
        for (int i = 0; i < expected.size() && expected.isArray(); i++) {
            assertSameTypes(actual.get(i), expected.get(i), path + "[" + i + "]");
        }
        expected.fieldNames().forEachRemaining(name -> assertSameTypes(actual.get(name), expected.get(name), path + "." + name));
    }

    @Test
    void buildsTheTreeObjectMapperBuildsForEveryKindOfValue() throws Exception {
        assertSameAsObjectMapper("""
                {"int": 7, "long": 12345678901, "big": 123456789012345678901234567890, "negative": -3,
                 "double": 1.5, "exponent": 1.0E-7, "bigExponent": 2e308, "text": "NaN", "true": true,
                 "false": false, "null": null, "empty": {}, "list": [1, [2, [3]], {"a": []}],
                 "escaped": "tab\\t\\u00e9"}""");
        assertSameAsObjectMapper("[]");
        assertSameAsObjectMapper("\"just a string\"");
        assertSameAsObjectMapper("42");
    }

    @Test
    void buildsTheSameTreeForEveryCorpusFile() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(JmhCorpus.DIR)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertSameAsObjectMapper(Files.readString(file));
        }
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedWithItsLine() throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
                .createParser("{\"a\": {\"mode\": \"avgt\",\n \"mode\": \"thrpt\"}}")) {
            parser.nextToken();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonTree.read(parser))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessage("duplicate key \"mode\" at line 2");
        }
    }
}
