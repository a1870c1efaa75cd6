package dev.perfgate.tracker.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A JMH score unit ("ns/op", "us/op", "ops/s", "ops/min", with µ or μ accepted for u), parsed once
 * for ingest, comparison and reports alike so they agree on what a unit means: its kind (time per
 * operation, smaller is better; operations per time, bigger is better) and its factor to a common
 * scale (seconds per operation, or operations per second). Immutable and thread-safe.
 *
 * @param text the unit as written
 * @param kind time per operation or operations per time
 * @param timeNanos nanoseconds in the unit's time part (the "us" of "us/op" or of "ops/us")
 */
public record ScoreUnit(String text, Kind kind, double timeNanos) {

    /** Which side of the slash the time is on. */
    public enum Kind {
        TIME_PER_OPERATION,
        OPERATIONS_PER_TIME
    }

    private static final String NANOS_PER_OP = "ns/op";

    // Nanoseconds, not seconds: integers are exact, and nanos / 1e9 rounds to the same doubles as 1e-6 etc.
    private static final Map<String, Double> NANOS = Map.of(
            "ns", 1.0, "us", 1e3, "ms", 1e6, "s", 1e9, "min", 6e10, "hr", 3.6e12, "day", 8.64e13);

    /** The unit {@code unit} names, or empty when it is not a unit JMH writes. */
    public static Optional<ScoreUnit> parse(String unit) {
        String normalized = unit.toLowerCase(Locale.ROOT).replace('\u00b5', 'u').replace('\u03bc', 'u');
        int slash = normalized.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String top = normalized.substring(0, slash);
        String bottom = normalized.substring(slash + 1);
        if (bottom.equals("op") && NANOS.containsKey(top)) {
            return Optional.of(new ScoreUnit(unit, Kind.TIME_PER_OPERATION, NANOS.get(top)));
        }
        if (top.equals("ops") && NANOS.containsKey(bottom)) {
            return Optional.of(new ScoreUnit(unit, Kind.OPERATIONS_PER_TIME, NANOS.get(bottom)));
        }
        return Optional.empty();
    }

    /**
     * Why {@code unit} cannot be the primary unit of {@code mode}, or {@code null} when it can: it
     * must be a unit JMH writes, of the kind the mode measures (throughput: operations per time;
     * every other mode: time per operation).
     */
    public static String mismatch(Mode mode, String unit) {
        Optional<ScoreUnit> parsed = parse(unit);
        if (parsed.isEmpty()) {
            return "\"" + unit + "\" is not a unit JMH writes (ns/op, us/op, ms/op, s/op, min/op, hr/op, day/op"
                    + " or ops/ns … ops/day)";
        }
        Kind expected = mode.higherIsBetter() ? Kind.OPERATIONS_PER_TIME : Kind.TIME_PER_OPERATION;
        if (parsed.get().kind != expected) {
            return "\"" + unit + "\" does not suit mode " + mode.jmhName() + ", which measures "
                    + (mode.higherIsBetter() ? "operations per time (ops/s …)" : "time per operation (ns/op …)");
        }
        return null;
    }

    /** The time-per-operation unit {@code unit}; throws naming the unit when it is anything else. */
    public static ScoreUnit timePerOperation(String unit) {
        return parse(unit).filter(u -> u.kind == Kind.TIME_PER_OPERATION).orElseThrow(() -> new IllegalArgumentException(
                "unit \"" + unit + "\" is not a time per operation (ns/op, us/op, ms/op, s/op, min/op, hr/op, day/op)"));
    }

    /** {@code value} in unit {@code from} expressed in unit {@code to}; empty unless both are units of one kind. */
    public static OptionalDouble convert(double value, String from, String to) {
        if (from.equals(to)) {
            return OptionalDouble.of(value);
        }
        Optional<ScoreUnit> source = parse(from);
        Optional<ScoreUnit> target = parse(to);
        if (source.isEmpty() || target.isEmpty() || source.get().kind != target.get().kind) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value * source.get().factor() / target.get().factor());
    }

    /** Nanoseconds (a histogram's unit) expressed in {@code unit}, or {@code NaN} unless it is a time per operation. */
    public static double fromNanos(double nanos, String unit) {
        return parse(unit).filter(u -> u.kind == Kind.TIME_PER_OPERATION)
                .map(u -> convert(nanos, NANOS_PER_OP, unit).orElse(Double.NaN)).orElse(Double.NaN);
    }

    /** Seconds per operation for a time unit, operations per second for a throughput unit. */
    public double factor() {
        double seconds = timeNanos / 1e9;
        return kind == Kind.TIME_PER_OPERATION ? seconds : 1 / seconds;
    }

    /** Whether scores in this unit and {@code other} can be converted into each other. */
    public boolean sameKind(ScoreUnit other) {
        return kind == other.kind;
    }
}
