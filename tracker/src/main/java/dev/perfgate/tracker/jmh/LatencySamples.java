package dev.perfgate.tracker.jmh;

import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.ScoreUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns SampleTime's raw (value, count) pairs, values in the score unit, into one latency
 * histogram per iteration in integer nanoseconds with 3 significant digits, built compressed
 * (see {@link SampleHistogramEncoder}). The iteration score is the exact mean of the samples as
 * JMH gave them, so it does not depend on the histogram's bucketing. Not thread-safe (one per
 * entry); the {@link Pending} iterations it returns may be built on any thread.
 */
final class LatencySamples {

    /** Matches JMH's own ~0.1 % sample buckets (see the GUIDE's statistics section). */
    static final int SIGNIFICANT_DIGITS = 3;

    private final EntryFields fields;
    private final double nanosPerUnit;

    LatencySamples(EntryFields fields, String unit) {
        this.fields = fields;
        try {
            this.nanosPerUnit = ScoreUnit.timePerOperation(unit).timeNanos();
        } catch (IllegalArgumentException e) {
            throw fields.invalid("rawDataHistogram needs a time unit: " + e.getMessage());
        }
    }

    /**
     * Checks every sample and converts it to nanoseconds now, so a bad value is reported while
     * the entry is read; the histograms themselves are built later by {@link Pending#build}.
     */
    List<Pending> iterations(RawSamples raw) {
        if (raw.problem() != null) {
            throw fields.invalid(raw.problem());
        }
        List<Pending> iterations = new ArrayList<>(raw.iterations().size());
        for (RawSamples.RawIteration iteration : raw.iterations()) {
            iterations.add(pending(iteration));
        }
        return iterations;
    }

    private Pending pending(RawSamples.RawIteration raw) {
        long[] nanos = new long[raw.values().length];
        double sum = 0;
        long total = 0;
        for (int i = 0; i < nanos.length; i++) {
            double value = raw.values()[i] * nanosPerUnit;
            if (value > Long.MAX_VALUE / 4.0) {
                throw fields.invalid("a sample of fork " + raw.fork() + " iteration " + raw.iteration() + " is "
                        + raw.values()[i] + ", too large for a latency histogram");
            }
            nanos[i] = Math.round(value);
            sum += raw.values()[i] * raw.counts()[i];
            total += raw.counts()[i];
        }
        return new Pending(raw.fork(), raw.iteration(), sum / total, nanos, raw.counts());
    }

    /** One checked iteration, its samples in nanoseconds, waiting for its histogram. Immutable once handed over. */
    record Pending(int fork, int iteration, double score, long[] nanos, long[] counts) {

        Iteration build() {
            return new Iteration(fork, iteration, score, SampleHistogramEncoder.encode(nanos, counts));
        }
    }
}
