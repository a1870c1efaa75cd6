package dev.perfgate.tracker.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

/**
 * A linear value axis with four to eight round ticks (steps of 1, 2 or 5 × 10ⁿ) labelled in plain
 * digits with thousands grouped, over a range that never collapses: a constant series gets a band
 * of ±1 % around its value instead of JFreeChart's own choice, which labelled every tick of a
 * constant p99 "1.960959E0" and put some 25 ticks on an axis. Not thread-safe, like every axis;
 * each chart builds its own.
 */
final class ReadableNumberAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    private static final int TICKS = 8;
    private static final double MIN_RELATIVE_SPAN = 0.02;

    ReadableNumberAxis(String label) {
        super(label);
        setAutoRangeIncludesZero(false);
    }

    /** Fixes the axis to {@code [low, high]} (the data's extent), padded, with round ticks. */
    void fit(double low, double high) {
        double span = high - low;
        double floor = Math.max(Math.abs(low), Math.abs(high)) * MIN_RELATIVE_SPAN;
        if (!(floor > 0)) {
            floor = 1;
        }
        if (span < floor) {
            double middle = (low + high) / 2;
            low = middle - floor / 2;
            high = middle + floor / 2;
            span = floor;
        }
        double step = step(span * 1.2 / TICKS);
        setAutoRange(false);
        setRange(low - span * 0.1, high + span * 0.1);
        setTickUnit(new NumberTickUnit(step, format(step)), false, true);
    }

    /** The round step (1, 2 or 5 × 10ⁿ) at or above {@code rough}. */
    static double step(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double multiple : new double[] {1, 2, 5}) {
            if (multiple * magnitude >= rough) {
                return multiple * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Just enough decimals for the step, thousands grouped: 0.05 → "1.95", 5000 → "15,000". */
    static DecimalFormat format(double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format;
    }
}
