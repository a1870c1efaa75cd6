package dev.perfgate.tracker.compare;

import java.util.List;
import java.util.Locale;

/**
 * A forest plot in plain text, for places that cannot show an image (a PR comment cannot embed a
 * file of a CI artifact): one line per result, its change (+ = worse) as {@code ●} and its
 * interval as {@code ─} on a log scale, {@code ┆} at the ±threshold band, {@code │} at no change,
 * {@code ◀}/{@code ▶} where an interval runs past the axis. The same direction and axis rule as
 * the report's image. Stateless and thread-safe.
 */
public final class TextForest {

    static final int CELLS = 41;
    private static final int LABEL = 56;

    private TextForest() {}

    /** The plot of the measured results among {@code rows} (at most {@code maxRows} of them), or "" when none. */
    public static String render(List<BenchmarkComparison> rows, int maxRows) {
        List<BenchmarkComparison> drawn = rows.stream()
                .filter(c -> c.verdict().measured() && c.worseRatio() > 0 && Double.isFinite(c.worseRatio()))
                .limit(maxRows).toList();
        if (drawn.isEmpty()) {
            return "";
        }
        double threshold = drawn.stream().mapToDouble(BenchmarkComparison::threshold).max().orElse(0.05);
        double[] axis = axis(drawn, threshold);
        StringBuilder out = new StringBuilder();
        String left = Figures.change(axis[0]);
        String right = Figures.change(axis[1]);
        String ticks = left + " ".repeat(Math.max(1, CELLS / 2 - left.length())) + "0%";
        ticks = ticks + " ".repeat(Math.max(1, CELLS - ticks.length() - right.length())) + right;
        out.append(pad("", LABEL)).append(' ').append(ticks).append('\n');
        for (BenchmarkComparison c : drawn) {
            out.append(pad(c.key().display() + (c.statistic() == Statistic.MEAN ? "" : " · " + c.statistic()), LABEL))
                    .append(" ").append(bar(c, axis, threshold)).append(" ").append(Figures.worse(c)).append(' ')
                    .append(c.verdict().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        return out.toString();
    }

    private static String bar(BenchmarkComparison c, double[] axis, double threshold) {
        char[] cells = new char[CELLS];
        java.util.Arrays.fill(cells, ' ');
        cells[cell(1 / (1 + threshold), axis)] = '┆';
        cells[cell(1 + threshold, axis)] = '┆';
        cells[cell(1, axis)] = '│';
        Interval interval = c.worseInterval();
        if (interval.isDefined()) {
            double low = interval.low() > 0 ? interval.low() : 0;
            int from = low < axis[0] ? 0 : cell(low, axis);
            int to = interval.high() > axis[1] ? CELLS - 1 : cell(interval.high(), axis);
            for (int i = from; i <= to; i++) {
                cells[i] = '─';
            }
            if (low < axis[0]) {
                cells[0] = '◀';
            }
            if (interval.high() > axis[1]) {
                cells[CELLS - 1] = '▶';
            }
        }
        cells[cell(c.worseRatio(), axis)] = '●';
        return new String(cells);
    }

    private static int cell(double ratio, double[] axis) {
        double position = (Math.log(ratio) - Math.log(axis[0])) / (Math.log(axis[1]) - Math.log(axis[0]));
        return (int) Math.max(0, Math.min(CELLS - 1, Math.round(position * (CELLS - 1))));
    }

    /**
     * Every point and the band, plus at most half that span again for the intervals, symmetric
     * around no change so left and right read alike.
     */
    private static double[] axis(List<BenchmarkComparison> rows, double threshold) {
        double reach = Math.log(1 + threshold);
        for (BenchmarkComparison c : rows) {
            reach = Math.max(reach, Math.abs(Math.log(c.worseRatio())));
        }
        double intervals = reach;
        for (BenchmarkComparison c : rows) {
            Interval interval = c.worseInterval();
            if (interval.isDefined() && interval.low() > 0 && Double.isFinite(interval.high())) {
                intervals = Math.max(intervals, Math.max(-Math.log(interval.low()), Math.log(interval.high())));
            }
        }
        double half = Math.min(intervals, reach * 1.5) * 1.05;
        return new double[] {Math.exp(-half), Math.exp(half)};
    }

    private static String pad(String text, int width) {
        String cut = text.length() > width ? text.substring(0, width - 1) + "…" : text;
        return cut + " ".repeat(width - cut.length());
    }
}
