package dev.perfgate.tracker.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;

/**
 * Labels a trend's x axis: position {@code i} is the {@code i}-th run, oldest first. Going through
 * a number axis (rather than a category axis) lets JFreeChart thin the ticks so a long history
 * never overlaps its labels. Formatting only. Not thread-safe, like every {@link NumberFormat}.
 */
final class RunAxisFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final List<String> runs;

    RunAxisFormat(List<String> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a run axis needs at least one run");
        }
        this.runs = List.copyOf(runs);
    }

    @Override
    public StringBuffer format(double number, StringBuffer target, FieldPosition position) {
        // Ticks only ever fall on integers; rounding and clamping matters for the axis's width
        // estimate, which formats the (fractional) range bounds to decide how many ticks fit.
        long index = Math.max(0, Math.min(runs.size() - 1, Math.round(number)));
        return target.append(runs.get((int) index));
    }

    @Override
    public StringBuffer format(long number, StringBuffer target, FieldPosition position) {
        return format((double) number, target, position);
    }

    @Override
    public Number parse(String source, ParsePosition position) {
        throw new UnsupportedOperationException("run axis labels are for display only");
    }
}
