package dev.perfgate.tracker.compare;

/**
 * A closed interval of ratios, {@code low <= high}; both {@code NaN} when there is none (a key on
 * one side only), {@code 0} and {@code +Infinity} when the data cannot bound it (one fork).
 * Immutable.
 */
public record Interval(double low, double high) {

    public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("interval low " + low + " > high " + high);
        }
    }

    public boolean isDefined() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
