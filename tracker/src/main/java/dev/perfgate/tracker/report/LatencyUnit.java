package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.DisplayUnit;

/**
 * The unit a latency axis is labelled in, chosen so typical values read as 1 … 999 rather than
 * as long runs of zeros. Latencies arrive as integer nanoseconds (HdrHistogram's recording unit).
 */
enum LatencyUnit {
    NANOSECONDS("ns", 1),
    MICROSECONDS("µs", 1e3),
    MILLISECONDS("ms", 1e6),
    SECONDS("s", 1e9);

    private final String symbol;
    private final double nanos;

    LatencyUnit(String symbol, double nanos) {
        this.symbol = symbol;
        this.nanos = nanos;
    }

    /** The largest unit in which {@code typicalNanos} is still at least 1. */
    static LatencyUnit forTypical(double typicalNanos) {
        LatencyUnit chosen = NANOSECONDS;
        for (LatencyUnit unit : values()) {
            if (typicalNanos >= unit.nanos) {
                chosen = unit;
            }
        }
        return chosen;
    }

    /** The unit of a report's display unit ("ms/op" → milliseconds); nanoseconds for anything else. */
    static LatencyUnit of(DisplayUnit display) {
        String time = display.unit().contains("/") ? display.unit().substring(0, display.unit().indexOf('/')) : "";
        for (LatencyUnit unit : values()) {
            if (unit.symbol.equals(time)) {
                return unit;
            }
        }
        return NANOSECONDS;
    }

    String symbol() {
        return symbol;
    }

    double fromNanos(double value) {
        return value / nanos;
    }
}
