package dev.perfgate.tracker.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * JMH's own figures for a benchmark, kept to cross-check what perfgate recomputes from the
 * stored data. {@code NaN} wherever JMH wrote "NaN" or nothing. Immutable.
 *
 * @param score        primary score
 * @param scoreError   JMH's 99.9 % half-width
 * @param percentiles  JMH's {@code scorePercentiles}, keyed by percentile (0.0 … 100.0)
 */
public record JmhSummary(double score, double scoreError, SortedMap<Double, Double> percentiles) {

    public JmhSummary {
        percentiles = java.util.Collections.unmodifiableSortedMap(
                new TreeMap<>(percentiles == null ? Map.of() : percentiles));
    }
}
