package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfgate.tracker.model.Iteration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Reads SampleTime's {@code rawDataHistogram} ({@code [fork][iteration][[value, count]...]},
 * values in the score unit) into one latency histogram per iteration, in integer nanoseconds with
 * 3 significant digits. The iteration score is the exact mean of the samples as JMH gave them, so
 * it does not depend on the histogram's bucketing. Not thread-safe (one per entry).
 */
final class LatencySamples {

    /** Matches JMH's own ~0.1 % sample buckets (see the GUIDE's statistics section). */
    static final int SIGNIFICANT_DIGITS = 3;

    private final EntryFields fields;
    private final double nanosPerUnit;

    LatencySamples(EntryFields fields, String unit) {
        this.fields = fields;
        try {
            this.nanosPerUnit = TimeScale.ofScoreUnit(unit).nanos();
        } catch (IllegalArgumentException e) {
            throw fields.invalid("rawDataHistogram needs a time unit: " + e.getMessage());
        }
    }

    List<Iteration> iterations(JsonNode raw) {
        String path = "primaryMetric.rawDataHistogram";
        JsonNode forks = fields.array(raw, path);
        List<Iteration> iterations = new ArrayList<>();
        for (int fork = 0; fork < forks.size(); fork++) {
            JsonNode forkNode = fields.array(forks.get(fork), path + "[" + fork + "]");
            for (int i = 0; i < forkNode.size(); i++) {
                iterations.add(iteration(fork, i, forkNode.get(i), path + "[" + fork + "][" + i + "]"));
            }
        }
        return iterations;
    }

    private Iteration iteration(int fork, int index, JsonNode pairs, String path) {
        fields.array(pairs, path);
        Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
        double sum = 0;
        long total = 0;
        for (int p = 0; p < pairs.size(); p++) {
            String where = path + "[" + p + "]";
            JsonNode pair = fields.array(pairs.get(p), where);
            if (pair.size() != 2) {
                throw fields.invalid("\"" + where + "\" has " + pair.size() + " elements, expected [value, count]");
            }
            double value = fields.number(pair.get(0), where + "[0]");
            JsonNode countNode = pair.get(1);
            if (!countNode.isIntegralNumber() || countNode.asLong() < 1) {
                throw fields.invalid("\"" + where + "[1]\" is " + EntryFields.describe(countNode)
                        + ", expected a positive sample count");
            }
            double nanos = value * nanosPerUnit;
            if (!(nanos >= 0) || nanos > Long.MAX_VALUE / 4.0) {
                throw fields.invalid("\"" + where + "[0]\" is " + value + ", expected a finite non-negative latency");
            }
            long count = countNode.asLong();
            histogram.recordValueWithCount(Math.round(nanos), count);
            sum += value * count;
            total += count;
        }
        if (total == 0) {
            throw fields.invalid("\"" + path + "\" has no samples");
        }
        return new Iteration(fork, index, sum / total, histogram);
    }
}
