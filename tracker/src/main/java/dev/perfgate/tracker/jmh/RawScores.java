package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.perfgate.tracker.model.IterationScores;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code primaryMetric.rawData} ({@code [fork][iteration] → score}) streamed from the parser into
 * primitive arrays: a large file has hundreds of thousands of scores, and a JSON node for each
 * was a large part of reading it. The first problem (a fork that is not an array, a value that is
 * not a number, a score that is not usable) is kept with its path, not thrown: the entry is still
 * read to its end, its other fields may be wrong first, and sample mode does not use rawData at
 * all. The rest of the array is still consumed. Not thread-safe (one per entry).
 */
final class RawScores {

    private static final String PATH = "primaryMetric.rawData";
    private static final Map<String, Double> JMH_WORDS = Map.of("NaN", Double.NaN, "Infinity", Double.POSITIVE_INFINITY,
            "-Infinity", Double.NEGATIVE_INFINITY);

    private double[] scores = new double[16];
    private int[] forkOf = new int[16];
    private int size;
    private int[] perFork = new int[0];
    private String problem;

    private RawScores() {}

    /** Reads the array the parser is positioned on (its START_ARRAY) up to and including its END_ARRAY. */
    static RawScores read(JsonParser parser) throws IOException {
        RawScores raw = new RawScores();
        int fork = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), fork++) {
            int iteration = 0;
            if (token == JsonToken.START_ARRAY) {
                for (JsonToken value = parser.nextToken(); value != JsonToken.END_ARRAY; value = parser.nextToken()) {
                    raw.add(parser, value, fork, iteration++);
                }
            } else {
                raw.fail("\"" + PATH + "[" + fork + "]\" is " + EntryFields.describe(JsonTree.read(parser)) + ", expected an array");
            }
            raw.perFork = Arrays.copyOf(raw.perFork, fork + 1);
            raw.perFork[fork] = iteration;
        }
        return raw;
    }

    private void add(JsonParser parser, JsonToken token, int fork, int iteration) throws IOException {
        double score;
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            score = parser.getDoubleValue();
        } else if (token == JsonToken.VALUE_STRING && JMH_WORDS.containsKey(parser.getText())) {
            score = JMH_WORDS.get(parser.getText()); // as EntryFields.number reads JMH's words
        } else {
            fail("\"" + path(fork, iteration) + "\" is " + EntryFields.describe(JsonTree.read(parser)) + ", expected a number");
            return;
        }
        String unusable = IterationScores.problem(score);
        if (unusable != null) {
            fail("\"" + path(fork, iteration) + "\" " + unusable);
            return;
        }
        if (size == scores.length) {
            scores = Arrays.copyOf(scores, size * 2);
            forkOf = Arrays.copyOf(forkOf, size * 2);
        }
        forkOf[size] = fork;
        scores[size++] = score;
    }

    private static String path(int fork, int iteration) {
        return PATH + "[" + fork + "][" + iteration + "]";
    }

    private void fail(String pathAndProblem) {
        if (problem == null) {
            problem = pathAndProblem;
        }
    }

    /** The first problem, with its path, or {@code null}. */
    String problem() {
        return problem;
    }

    /** How many values each fork array held (the shape {@link RawDataShape} checks). */
    int[] perFork() {
        return perFork.clone();
    }

    /** The usable scores in the order read. */
    double[] scores() {
        return Arrays.copyOf(scores, size);
    }

    int fork(int i) {
        return forkOf[i];
    }
}
