package dev.perfgate.tracker.report;

import org.jfree.chart.JFreeChart;

/**
 * One chart of a report: an immutable value that knows its title, its pixel size and how to draw
 * itself. The set is closed so the report writer can place each kind where it belongs.
 * Implementations are immutable; {@link #render()} builds a new, unshared {@link JFreeChart} on
 * every call, so different threads may render different charts at once.
 */
public sealed interface ReportChart permits ChangePointChart, ForestPlot, PercentileChart, TrendChart {

    /** The chart's title, naming the benchmark and its params. */
    String title();

    /** A few words saying what the chart shows, for link texts: "latency by percentile". */
    String kind();

    /** File name (no directory) of this chart's PNG: unique within a report, safe on every OS. */
    String fileName();

    /** Pixel width; the readable 1000 × 600 of a single-benchmark chart unless the chart grows. */
    default int width() {
        return 1000;
    }

    /** Pixel height; see {@link #width()}. */
    default int height() {
        return 600;
    }

    /** Draws the chart; headless-safe. */
    JFreeChart render();
}
