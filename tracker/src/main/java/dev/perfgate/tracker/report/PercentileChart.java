package dev.perfgate.tracker.report;

import dev.perfgate.tracker.model.BenchmarkKey;
import java.awt.BasicStroke;
import java.util.Objects;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A benchmark's latency distribution, baseline against current, by percentile on HdrHistogram's
 * log percentile scale (x: 0 % … 99.99 %), with latency on a log axis. The tail is where
 * regressions hide that a mean never shows. Immutable as long as the callers treat the
 * histograms as read-only, which the report does.
 *
 * @param key       the benchmark (title and file name)
 * @param baseline  the baseline's samples in integer nanoseconds, at least one
 * @param current   the current run's samples in integer nanoseconds, at least one
 * @param unit      the latency axis's unit, the one the report's table shows this key in; {@code null}
 *                  picks the unit in which the baseline's median reads 1 … 999
 */
public record PercentileChart(BenchmarkKey key, Histogram baseline, Histogram current, LatencyUnit unit)
        implements ReportChart {

    /** 99.999 %: beyond it a few samples decide the line, and 100 % sits at infinity on this scale. */
    static final double MAX_POSITION = 5.0;
    private static final int TICKS_PER_HALF_DISTANCE = 5;

    public PercentileChart {
        Objects.requireNonNull(key, "key");
        requireSamples(baseline, "baseline", key);
        requireSamples(current, "current", key);
    }

    public PercentileChart(BenchmarkKey key, Histogram baseline, Histogram current) {
        this(key, baseline, current, null);
    }

    private static void requireSamples(Histogram histogram, String which, BenchmarkKey key) {
        if (histogram == null || histogram.getTotalCount() == 0) {
            throw new IllegalArgumentException("latency chart of " + key.display() + " needs " + which + " samples, got none");
        }
    }

    @Override
    public String title() {
        return "Latency by percentile: " + key.display();
    }

    @Override
    public String kind() {
        return "latency by percentile";
    }

    @Override
    public String fileName() {
        return ChartFileName.of("latency", key);
    }

    @Override
    public JFreeChart render() {
        LatencyUnit unit = this.unit != null ? this.unit : LatencyUnit.forTypical(baseline.getValueAtPercentile(50));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("baseline", baseline, unit));
        data.addSeries(series("current", current, unit));

        NumberAxis percentileAxis = new NumberAxis("percentile (log scale: each step is ten times rarer)");
        percentileAxis.setNumberFormatOverride(new PercentileAxisFormat());
        percentileAxis.setTickUnit(new NumberTickUnit(1));
        double highest = Math.max(4, Math.ceil(data.getDomainUpperBound(false)));
        percentileAxis.setRange(0, Math.min(MAX_POSITION, highest));
        ReadableLogAxis latencyAxis = new ReadableLogAxis("latency per operation (" + unit.symbol() + "/op, log scale)");
        latencyAxis.setSmallestValue(unit.fromNanos(1));

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.BASELINE);
        renderer.setSeriesPaint(1, ChartStyle.CURRENT);
        renderer.setSeriesStroke(0, ChartStyle.DASHED);
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        return ChartStyle.chart(title(), new XYPlot(data, percentileAxis, latencyAxis, renderer), true);
    }

    private static XYSeries series(String name, Histogram histogram, LatencyUnit unit) {
        XYSeries series = new XYSeries(name + " (" + histogram.getTotalCount() + " samples)", true, false);
        for (HistogramIterationValue step : histogram.percentiles(TICKS_PER_HALF_DISTANCE)) {
            double percentile = step.getPercentileLevelIteratedTo();
            if (percentile >= 100.0) {
                break;
            }
            double position = PercentileAxisFormat.position(percentile);
            if (position > MAX_POSITION) {
                break;
            }
            long nanos = Math.max(1, step.getValueIteratedTo());
            series.addOrUpdate(position, unit.fromNanos(nanos));
        }
        return series;
    }
}
