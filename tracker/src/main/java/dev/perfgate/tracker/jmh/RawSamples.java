package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SampleTime's {@code rawDataHistogram} ({@code [fork][iteration][[value, count]...]}) streamed
 * straight from the parser into primitive arrays: a large sample-mode result has millions of
 * pairs, and a JSON tree of them costs seconds and gigabytes. The first structural problem is
 * kept (with its path) instead of thrown, because the benchmark's name may not be known yet; the
 * rest of the array is still consumed. Not thread-safe (one per entry).
 */
final class RawSamples {

    /** One iteration's (value, count) pairs, values in the score unit. */
    record RawIteration(int fork, int iteration, double[] values, long[] counts) {}

    private static final String PATH = "primaryMetric.rawDataHistogram";

    private final List<RawIteration> iterations = new ArrayList<>();
    private int[] perFork = new int[0];
    private String problem;

    List<RawIteration> iterations() {
        return iterations;
    }

    /** How many iteration arrays each fork array held (the shape {@link RawDataShape} checks). */
    int[] perFork() {
        return perFork.clone();
    }

    /** The first structural problem, or {@code null}. */
    String problem() {
        return problem;
    }

    /** Reads the array the parser is positioned on (its START_ARRAY) up to and including its END_ARRAY. */
    static RawSamples read(JsonParser parser) throws IOException {
        RawSamples samples = new RawSamples();
        int fork = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), fork++) {
            int iteration = 0;
            if (samples.expectArray(parser, PATH + "[" + fork + "]")) {
                for (JsonToken it = parser.nextToken(); it != JsonToken.END_ARRAY; it = parser.nextToken(), iteration++) {
                    String path = PATH + "[" + fork + "][" + iteration + "]";
                    if (samples.expectArray(parser, path)) {
                        samples.readIteration(parser, fork, iteration, path);
                    }
                }
            }
            samples.perFork = Arrays.copyOf(samples.perFork, fork + 1);
            samples.perFork[fork] = iteration;
        }
        return samples;
    }

    private void readIteration(JsonParser parser, int fork, int iteration, String path) throws IOException {
        double[] values = new double[64];
        long[] counts = new long[64];
        int size = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_ARRAY || problem != null) {
                // The slow path: only here is the element's path worth building.
                readBrokenPair(parser, path + "[" + size + "]");
                continue;
            }
            JsonToken value = parser.nextToken();
            boolean numeric = value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT;
            double sample = numeric ? parser.getDoubleValue() : Double.NaN;
            JsonToken count = numeric ? parser.nextToken() : null;
            long n = count == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : 0;
            if (count == null || sample < 0 || !Double.isFinite(sample) || n < 1
                    || parser.nextToken() != JsonToken.END_ARRAY) {
                fail(path + "[" + size + "]\" is not a [value, count] pair of a non-negative latency and a positive count");
                skipRest(parser);
                continue;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            values[size] = sample;
            counts[size++] = n;
        }
        if (size == 0) {
            fail(path + "\" has no samples");
        }
        iterations.add(new RawIteration(fork, iteration, Arrays.copyOf(values, size), Arrays.copyOf(counts, size)));
    }

    /** Consumes a pair already known to be broken (or following a problem), recording what is wrong. */
    private void readBrokenPair(JsonParser parser, String where) throws IOException {
        if (expectArray(parser, where)) {
            fail(where + "\" is not a [value, count] pair of a non-negative latency and a positive count");
            parser.skipChildren();
        }
    }

    /** Skips to the end of the array the parser is inside, from wherever it stopped. */
    private static void skipRest(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        while (token != JsonToken.END_ARRAY) {
            skipValue(parser, token);
            token = parser.nextToken();
        }
    }

    private boolean expectArray(JsonParser parser, String path) throws IOException {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        fail(path + "\" is " + describe(parser) + ", expected an array");
        skipValue(parser, parser.currentToken());
        return false;
    }

    private void fail(String pathAndProblem) {
        if (problem == null) {
            problem = "\"" + pathAndProblem;
        }
    }

    private static void skipValue(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
            parser.skipChildren();
        }
    }

    private static String describe(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "missing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case END_ARRAY -> "missing";
            case VALUE_STRING -> "string \"" + parser.getText() + "\"";
            default -> parser.getText();
        };
    }
}
