package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed access to the fields of one JMH JSON entry (each given as its value, {@code null} when
 * the entry lacks it; see {@link EntryStream}), turning every wrong type or missing required
 * field into an {@link InvalidResultException} that names the source, the benchmark and the
 * field's path. JMH writes missing numbers as the string "NaN" and big ones in exponent form;
 * both are numbers here. Not thread-safe (cheap; one per entry).
 */
final class EntryFields {

    private final String source;
    private final String benchmark;
    private final String mode;

    EntryFields(String source, String benchmark) {
        this(source, benchmark, null);
    }

    private EntryFields(String source, String benchmark, String mode) {
        this.source = source;
        this.benchmark = benchmark;
        this.mode = mode;
    }

    /** The same fields, messages also naming the benchmark's mode. */
    EntryFields withMode(String jmhMode) {
        return new EntryFields(source, benchmark, jmhMode);
    }

    InvalidResultException invalid(String problem) {
        return new InvalidResultException(source, benchmark, mode, problem, null);
    }

    /** A required string that is not empty or blank; {@code node} is the field's value, {@code null} when absent. */
    String name(JsonNode node, String path) {
        String text = text(node, path);
        if (text.isBlank()) {
            throw invalid("\"" + path + "\" is empty; JMH names every benchmark package.Class.method");
        }
        return text;
    }

    /** An optional count (JMH's {@code forks}, {@code measurementIterations}): -1 when absent. */
    int optionalCount(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return -1;
        }
        if (!node.isIntegralNumber() || node.asLong() < 0 || node.asLong() > Integer.MAX_VALUE) {
            throw invalid("\"" + path + "\" is " + describe(node) + ", expected a non-negative integer");
        }
        return node.asInt();
    }

    JsonNode required(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            throw invalid("missing field \"" + path + "\"");
        }
        return node;
    }

    String text(JsonNode node, String path) {
        required(node, path);
        if (!node.isTextual()) {
            throw invalid("\"" + path + "\" is " + describe(node) + ", expected a string");
        }
        return node.asText();
    }

    /** An optional string: {@code null} when absent; a non-string is still an error. */
    String optionalText(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw invalid("\"" + path + "\" is " + describe(node) + ", expected a string");
        }
        return node.asText();
    }

    int positiveInt(JsonNode node, String path) {
        required(node, path);
        if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > Integer.MAX_VALUE) {
            throw invalid("\"" + path + "\" is " + describe(node) + ", expected a positive integer");
        }
        return node.asInt();
    }

    /** A number, or JMH's "NaN" / "Infinity" strings; absent is NaN. */
    double optionalNumber(JsonNode node, String path) {
        return node == null || node.isNull() ? Double.NaN : number(node, path);
    }

    double number(JsonNode node, String path) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            switch (node.asText()) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
        }
        throw invalid("\"" + path + "\" is " + describe(node) + ", expected a number");
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        String text = node.toString();
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown;
    }
}
