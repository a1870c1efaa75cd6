package dev.perfgate.tracker.model;

import java.util.Locale;

/**
 * JMH's benchmark modes. The one place that decides which direction is better: throughput is
 * bigger-is-better, every time-per-operation mode is smaller-is-better.
 */
public enum Mode {
    THROUGHPUT("thrpt", true),
    AVERAGE_TIME("avgt", false),
    SAMPLE_TIME("sample", false),
    SINGLE_SHOT("ss", false);

    private final String jmhName;
    private final boolean higherIsBetter;

    Mode(String jmhName, boolean higherIsBetter) {
        this.jmhName = jmhName;
        this.higherIsBetter = higherIsBetter;
    }

    /** The short name JMH writes in its JSON ("thrpt", "avgt", "sample", "ss"). */
    public String jmhName() {
        return jmhName;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Parses JMH's short name; throws {@link IllegalArgumentException} naming the value otherwise. */
    public static Mode fromJmhName(String name) {
        for (Mode mode : values()) {
            if (mode.jmhName.equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown JMH mode \"" + name + "\" (expected thrpt, avgt, sample or ss)");
    }

    @Override
    public String toString() {
        return jmhName.toLowerCase(Locale.ROOT);
    }
}
