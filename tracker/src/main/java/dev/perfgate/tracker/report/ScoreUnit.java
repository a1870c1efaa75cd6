package dev.perfgate.tracker.report;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Converts scores between JMH's units of one kind (time per operation, or operations per time), so
 * a history recorded partly in {@code us/op} and partly in {@code ns/op} draws as one line, and
 * converts histogram nanoseconds into a time-per-operation unit. Mirrors the comparison's own
 * (package-private) unit scale. Stateless and thread-safe.
 */
final class ScoreUnit {

    private static final Map<String, Double> SECONDS = Map.of(
            "ns", 1e-9, "us", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0, "hr", 3600.0, "day", 86400.0);

    private ScoreUnit() {}

    /** {@code value} in {@code from} expressed in {@code to}; empty when the units are not of one kind. */
    static OptionalDouble convert(double value, String from, String to) {
        if (from.equals(to)) {
            return OptionalDouble.of(value);
        }
        double fromFactor = factor(from);
        double toFactor = factor(to);
        if (Double.isNaN(fromFactor) || Double.isNaN(toFactor) || from.startsWith("ops/") != to.startsWith("ops/")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value * fromFactor / toFactor);
    }

    /** Nanoseconds (a histogram's unit) in {@code unit}, or {@code NaN} when it is not a time per operation. */
    static double fromNanos(double nanos, String unit) {
        return unit.endsWith("/op") ? convert(nanos, "ns/op", unit).orElse(Double.NaN) : Double.NaN;
    }

    /** Seconds per operation for time units, operations per second for throughput units, else NaN. */
    private static double factor(String unit) {
        int slash = unit.indexOf('/');
        if (slash < 0) {
            return Double.NaN;
        }
        String top = unit.substring(0, slash);
        String bottom = unit.substring(slash + 1);
        if (bottom.equals("op") && SECONDS.containsKey(top)) {
            return SECONDS.get(top);
        }
        if (top.equals("ops") && SECONDS.containsKey(bottom)) {
            return 1 / SECONDS.get(bottom);
        }
        return Double.NaN;
    }
}
