package dev.perfgate.time;

import java.time.Duration;

/**
 * Turns configured durations into nanosecond counts safely, and adds and multiplies such counts
 * without wrapping. A setting above {@link #MAX_SETTING} is refused when the configuration is
 * built, with a message naming it, instead of throwing {@code ArithmeticException: long overflow}
 * (naming nothing) when first used. The bound is far below {@code Long.MAX_VALUE} nanoseconds
 * (about 292 years) so that a clock reading plus a setting, or the difference of two such
 * readings, never wraps either. Stateless and thread-safe.
 */
public final class Nanos {

    /** The longest duration any setting may have: 100 years of 365 days. */
    public static final Duration MAX_SETTING = Duration.ofDays(365L * 100);

    private Nanos() {
    }

    /**
     * {@code value} in nanoseconds, once it is checked to be given, zero or positive (or strictly
     * positive when {@code zeroAllowed} is false) and at most {@link #MAX_SETTING}.
     *
     * @throws IllegalArgumentException naming {@code setting} when it is not
     */
    public static long ofSetting(String setting, Duration value, boolean zeroAllowed) {
        if (value == null) {
            throw new IllegalArgumentException(setting + " must be given");
        }
        if (value.isNegative() || (!zeroAllowed && value.isZero())) {
            throw new IllegalArgumentException(setting + " must be " + (zeroAllowed ? "zero or positive" : "positive")
                    + ", was " + value);
        }
        if (value.compareTo(MAX_SETTING) > 0) {
            throw new IllegalArgumentException(setting + " must be at most " + MAX_SETTING.toDays()
                    + " days (100 years), was " + value);
        }
        return value.toNanos();
    }

    /** {@code a + b}, or the nearest of Long.MIN_VALUE / Long.MAX_VALUE when it would wrap. */
    public static long saturatedAdd(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /** {@code a × b}, or the nearest of Long.MIN_VALUE / Long.MAX_VALUE when it would wrap. */
    public static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low;
        }
        return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
}
