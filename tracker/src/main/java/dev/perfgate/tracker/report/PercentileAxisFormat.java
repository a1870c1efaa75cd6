package dev.perfgate.tracker.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Labels HdrHistogram's log percentile scale: position {@code x} stands for percentile
 * {@code 100 · (1 − 10^−x)}, so 0, 1, 2, 3, 4 read 0 %, 90 %, 99 %, 99.9 %, 99.99 %. Formatting
 * only; parsing is not supported. Like every {@link NumberFormat}, not thread-safe: each chart
 * gets its own.
 */
final class PercentileAxisFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    /** The axis position of a percentile in [0, 100). */
    static double position(double percentile) {
        return Math.log10(100.0 / (100.0 - percentile));
    }

    static String label(double position) {
        double percentile = 100.0 * (1.0 - Math.pow(10, -position));
        if (percentile < 1e-9) {
            return "0 %";
        }
        BigDecimal rounded = new BigDecimal(percentile).round(new MathContext(Math.max(2, (int) Math.ceil(position) + 1)));
        return rounded.stripTrailingZeros().toPlainString() + " %";
    }

    @Override
    public StringBuffer format(double number, StringBuffer target, FieldPosition position) {
        return target.append(label(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer target, FieldPosition position) {
        return target.append(label(number));
    }

    @Override
    public Number parse(String source, ParsePosition position) {
        throw new UnsupportedOperationException("percentile axis labels are for display only");
    }
}
