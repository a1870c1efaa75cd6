package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How the report prints numbers: the same words as the comparison's Markdown table (whose
 * formatter is package-private to {@code compare}), so the HTML and Markdown reports agree.
 * Stateless and thread-safe.
 */
final class Figures {

    private static final MathContext DIGITS = new MathContext(4);

    private Figures() {}

    /** Four significant digits, never exponent form; "–" when there is no value. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** A ratio as a signed change: 1.052 → "+5.2%". */
    static String change(double ratio) {
        if (Double.isNaN(ratio)) {
            return "–";
        }
        return Double.isInfinite(ratio) ? "+∞" : String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
    }

    static String interval(Interval interval) {
        return interval.isDefined() ? "[" + change(interval.low()) + ", " + change(interval.high()) + "]" : "–";
    }

    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        return Double.isInfinite(fraction) ? "∞" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
