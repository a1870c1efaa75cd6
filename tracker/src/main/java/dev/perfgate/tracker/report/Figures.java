package dev.perfgate.tracker.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How the report prints a measured number: four significant digits, never exponent form, so
 * tables and labels line up and read alike. Stateless and thread-safe.
 */
final class Figures {

    private static final MathContext DIGITS = new MathContext(4);

    private Figures() {}

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** {@code 1.034} as {@code +3.4 %}. */
    static String change(double ratio) {
        if (!Double.isFinite(ratio)) {
            return "–";
        }
        double percent = (ratio - 1) * 100;
        return (percent >= 0 ? "+" : "−") + new BigDecimal(Math.abs(percent)).round(new MathContext(2))
                .stripTrailingZeros().toPlainString() + " %";
    }
}
