package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.DisplayUnit;
import dev.perfgate.tracker.model.BenchmarkKey;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A benchmark's history: its score per run (and, on its own right-hand axis, the p99 where the
 * mode records latencies), oldest on the left and newest on the right, the baseline as a dashed
 * line, and runs judged regressions flagged with a red triangle. Immutable.
 *
 * @param key            the benchmark (title and file name)
 * @param unit           the score's unit, e.g. {@code us/op} or {@code ops/s}
 * @param points         the runs, oldest first, at least one
 * @param baselineScore  the baseline's score in the same unit, or {@code NaN} when there is none
 */
public record TrendChart(BenchmarkKey key, String unit, List<TrendPoint> points, double baselineScore)
        implements ReportChart {

    private static final Color P99_COLOUR = new Color(0x94, 0x67, 0xBD);
    private static final int MAX_RUN_LABELS = 5;

    public TrendChart {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit of " + key.display());
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("trend of " + key.display() + " needs at least one run");
        }
        if (Double.isInfinite(baselineScore)) {
            throw new IllegalArgumentException("baseline of " + key.display() + " must be finite or NaN");
        }
    }

    @Override
    public String title() {
        return "History: " + key.display();
    }

    @Override
    public String kind() {
        return "history";
    }

    @Override
    public String fileName() {
        return ChartFileName.of("trend", key);
    }

    @Override
    public JFreeChart render() {
        XYSeries score = new XYSeries("score (" + unit + ")");
        XYSeries p99 = new XYSeries("p99 (" + unit + ")");
        XYSeries flagged = new XYSeries("regression");
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            score.add(i, point.score());
            if (point.hasP99()) {
                p99.add(i, point.p99());
            }
            if (point.regression()) {
                flagged.add(i, point.score());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(score);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        style(renderer, 0, ChartStyle.BASELINE, true, new Ellipse2D.Double(-3, -3, 6, 6));
        if (!flagged.isEmpty()) {
            data.addSeries(flagged);
            style(renderer, 1, Outcome.REGRESSION.colour(), false, triangle());
        }

        NumberAxis runAxis = new NumberAxis("run, oldest → newest (#id, commit, date)");
        // At most five labels (each up to "#123 3f2a9c1 12-01 14:03", about 150 px), whole runs apart, however long the history.
        runAxis.setTickUnit(new NumberTickUnit(Math.max(1, Math.ceil(points.size() / (double) MAX_RUN_LABELS))));
        runAxis.setNumberFormatOverride(new RunAxisFormat(points.stream().map(TrendPoint::run).toList()));
        runAxis.setAutoRange(false);
        runAxis.setRange(-0.5, points.size() - 0.5);
        ReadableNumberAxis scoreAxis = new ReadableNumberAxis("score (" + unit + ")");
        scoreAxis.fit(Math.min(score.getMinY(), Double.isNaN(baselineScore) ? score.getMinY() : baselineScore),
                Math.max(score.getMaxY(), Double.isNaN(baselineScore) ? score.getMaxY() : baselineScore));

        XYPlot plot = new XYPlot(data, runAxis, scoreAxis, renderer);
        if (!p99.isEmpty()) {
            addP99(plot, p99);
        }
        if (!Double.isNaN(baselineScore)) {
            ValueMarker baseline = new ValueMarker(baselineScore, Color.DARK_GRAY, ChartStyle.DASHED);
            ChartStyle.label(baseline, "baseline " + DisplayUnit.number(baselineScore) + " " + unit);
            baseline.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            baseline.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(baseline);
        }
        return ChartStyle.chart(title(), plot, true);
    }

    /**
     * The p99 gets its own axis on the right: on the score's axis a tail several times the mean
     * would flatten the score line, and with it the regression the chart is there to show.
     */
    private static void addP99(XYPlot plot, XYSeries p99) {
        ReadableNumberAxis p99Axis = new ReadableNumberAxis(p99.getKey().toString());
        p99Axis.fit(p99.getMinY(), p99.getMaxY());
        p99Axis.setLabelPaint(P99_COLOUR);
        p99Axis.setTickLabelPaint(P99_COLOUR);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        style(renderer, 0, P99_COLOUR, true, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setRangeAxis(1, p99Axis);
        plot.setDataset(1, new XYSeriesCollection(p99));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, renderer);
    }

    private static void style(XYLineAndShapeRenderer renderer, int series, Color colour, boolean lines,
            java.awt.Shape shape) {
        renderer.setSeriesPaint(series, colour);
        renderer.setSeriesLinesVisible(series, lines);
        renderer.setSeriesShape(series, shape);
        renderer.setSeriesStroke(series, new BasicStroke(2f));
    }

    private static java.awt.Shape triangle() {
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(0, -8);
        shape.lineTo(7, 5);
        shape.lineTo(-7, 5);
        shape.closePath();
        return shape;
    }
}
