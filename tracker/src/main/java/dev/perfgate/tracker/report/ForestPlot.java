package dev.perfgate.tracker.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The report's overview: a row per benchmark with its ratio and confidence interval, the
 * ±threshold band around 1.0, and each row coloured by its outcome. The image grows taller with
 * the rows (and wider with the longest label) so fifty benchmarks stay legible. Immutable.
 *
 * @param title       the chart's title
 * @param ratioLabel  the ratio axis's label: what the ratio is and which side is worse
 * @param note        a line under the title saying how to read the bars and the band
 * @param threshold   the practical threshold as a fraction; the band is {@code 1/(1+t) … 1+t},
 *                    symmetric on the log scale as the verdicts are (0.05 draws 0.952 … 1.05)
 * @param rows        top to bottom, at least one
 */
public record ForestPlot(String title, String ratioLabel, String note, double threshold, List<ForestRow> rows)
        implements ReportChart {

    static final int ROW_HEIGHT = 26;
    private static final int CHROME_HEIGHT = 190;
    private static final int PIXELS_PER_LABEL_CHAR = 7;
    private static final int MAX_WIDTH = 2000;

    public ForestPlot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ratioLabel, "ratioLabel");
        Objects.requireNonNull(note, "note");
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("forest plot threshold must be a fraction in [0, 1), was " + threshold);
        }
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("forest plot \"" + title + "\" needs at least one row");
        }
    }

    @Override
    public String kind() {
        return "overview";
    }

    @Override
    public String fileName() {
        return "forest.png";
    }

    @Override
    public int width() {
        int longest = rows.stream().mapToInt(row -> row.label().length()).max().orElse(0);
        return Math.min(MAX_WIDTH, Math.max(1000, 620 + PIXELS_PER_LABEL_CHAR * longest));
    }

    @Override
    public int height() {
        return Math.max(600, CHROME_HEIGHT + ROW_HEIGHT * rows.size());
    }

    @Override
    public JFreeChart render() {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setErrorStroke(new BasicStroke(2.5f));
        renderer.setCapLength(8);
        for (Outcome outcome : Outcome.values()) {
            XYIntervalSeries series = new XYIntervalSeries(outcome.label());
            for (int i = 0; i < rows.size(); i++) {
                ForestRow row = rows.get(i);
                if (row.outcome() == outcome) {
                    series.add(row.ratio(), row.lowest(), row.highest(), i, i, i);
                }
            }
            if (!series.isEmpty()) {
                int index = data.getSeriesCount();
                data.addSeries(series);
                renderer.setSeriesPaint(index, outcome.colour());
                renderer.setSeriesShape(index, new Ellipse2D.Double(-5, -5, 10, 10));
            }
        }
        renderer.setErrorPaint(null); // null: each interval takes its series' colour

        ReadableLogAxis ratioAxis = new ReadableLogAxis(ratioLabel);
        ratioAxis.setAutoRange(false);
        double[] range = axisRange();
        ratioAxis.setRange(range[0], range[1]);
        SymbolAxis rowAxis = new SymbolAxis(null, rows.stream().map(ForestRow::label).toArray(String[]::new));
        rowAxis.setInverted(true); // first row at the top, as in the table
        rowAxis.setGridBandsVisible(true);
        rowAxis.setGridBandPaint(new Color(0xF5, 0xF5, 0xF5));
        rowAxis.setGridBandAlternatePaint(Color.WHITE);
        rowAxis.setRange(-0.6, rows.size() + 0.1); // room below the last row for the band label

        XYPlot plot = new XYPlot(data, ratioAxis, rowAxis, renderer);
        IntervalMarker band = new IntervalMarker(bandLow(), 1 + threshold);
        band.setPaint(new Color(0x1F, 0x77, 0xB4, 0x30));
        ChartStyle.label(band, String.format("±%s %% threshold", percent(threshold)));
        band.setLabelAnchor(RectangleAnchor.BOTTOM);
        band.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
        plot.addDomainMarker(band, Layer.BACKGROUND);
        ValueMarker unchanged = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1f));
        plot.addDomainMarker(unchanged, Layer.BACKGROUND);
        markClipped(plot, range);
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        if (!note.isBlank()) {
            chart.addSubtitle(new TextTitle(note, ChartStyle.TICK));
        }
        rowAxis.setTickLabelFont(ChartStyle.LABEL);
        return chart;
    }

    /**
     * An interval that runs past the axis gets an arrow at the edge with the bound it reaches, so a
     * cut bar is never read as a short one.
     */
    private void markClipped(XYPlot plot, double[] range) {
        for (int i = 0; i < rows.size(); i++) {
            ForestRow row = rows.get(i);
            if (!row.hasInterval()) {
                continue;
            }
            if (row.ciHigh() > range[1]) {
                plot.addAnnotation(edge("▶ " + ratio(row.ciHigh()), range[1], i, TextAnchor.CENTER_RIGHT, row));
            }
            if (row.ciLow() < range[0]) {
                plot.addAnnotation(edge(ratio(row.ciLow()) + " ◀", range[0], i, TextAnchor.CENTER_LEFT, row));
            }
        }
    }

    private static XYTextAnnotation edge(String text, double x, int row, TextAnchor anchor, ForestRow forestRow) {
        XYTextAnnotation annotation = new XYTextAnnotation(text, x, row);
        annotation.setTextAnchor(anchor);
        annotation.setFont(ChartStyle.TICK);
        annotation.setPaint(forestRow.outcome().colour());
        annotation.setBackgroundPaint(new Color(255, 255, 255, 220));
        return annotation;
    }

    private static String ratio(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private double bandLow() {
        return 1 / (1 + threshold);
    }

    /**
     * The ratio axis (log scale, so 2× slower and 2× faster sit equally far from 1) spans every
     * point and the band, plus at most half that span again for the intervals: one benchmark with
     * a hopeless interval (a p99 over two forks) must not squeeze every other row into a pixel.
     * Longer bars run off the edge, which reads as "very wide".
     */
    private double[] axisRange() {
        double pointsLow = Math.log(Math.min(bandLow(), rows.stream().mapToDouble(ForestRow::ratio).min().orElse(1)));
        double pointsHigh = Math.log(Math.max(1 + threshold, rows.stream().mapToDouble(ForestRow::ratio).max().orElse(1)));
        double reach = (pointsHigh - pointsLow) * 0.5;
        double lowestBar = Math.log(rows.stream().mapToDouble(ForestRow::lowest).min().orElse(1));
        double highestBar = Math.log(rows.stream().mapToDouble(ForestRow::highest).max().orElse(1));
        double low = Math.min(pointsLow, Math.max(pointsLow - reach, lowestBar));
        double high = Math.max(pointsHigh, Math.min(pointsHigh + reach, highestBar));
        double margin = Math.max(0.01, (high - low) * 0.05);
        return new double[] {Math.exp(low - margin), Math.exp(high + margin)};
    }

    private static String percent(double fraction) {
        return new java.math.BigDecimal(fraction * 100).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }
}
