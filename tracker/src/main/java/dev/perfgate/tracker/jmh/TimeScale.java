package dev.perfgate.tracker.jmh;

import java.util.Locale;

/**
 * The time units JMH writes in sample-mode score units ("s/op", "ms/op", "us/op", "ns/op"), and
 * how many nanoseconds one of them is, so latency samples become the integer nanoseconds the
 * histograms hold. Immutable.
 */
enum TimeScale {
    SECONDS("s", 1e9),
    MILLISECONDS("ms", 1e6),
    MICROSECONDS("us", 1e3),
    NANOSECONDS("ns", 1.0);

    private final String symbol;
    private final double nanos;

    TimeScale(String symbol, double nanos) {
        this.symbol = symbol;
        this.nanos = nanos;
    }

    /** Nanoseconds in one unit. */
    double nanos() {
        return nanos;
    }

    /** The time unit of a per-operation unit such as "us/op"; throws naming the unit otherwise. */
    static TimeScale ofScoreUnit(String unit) {
        String normalized = unit.toLowerCase(Locale.ROOT).replace('\u00b5', 'u').replace('\u03bc', 'u');
        int slash = normalized.indexOf('/');
        String time = slash < 0 ? normalized : normalized.substring(0, slash);
        for (TimeScale scale : values()) {
            if (scale.symbol.equals(time) && slash > 0) {
                return scale;
            }
        }
        throw new IllegalArgumentException("unit \"" + unit + "\" is not a time per operation (s/op, ms/op, us/op, ns/op)");
    }
}
