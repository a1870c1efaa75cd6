package dev.perfgate.tracker.report;

import dev.perfgate.tracker.history.ChangePoint;
import dev.perfgate.tracker.history.ChangeText;
import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * A history trend with its change points marked: a dashed vertical line between the last run at
 * the old level and the first at the new, red when the change made the benchmark worse and green
 * when better, labelled with the new level's first commit and the change. Everything else is the
 * {@link TrendChart}'s own drawing, so the two never disagree. Immutable.
 *
 * @param trend    the trend being marked
 * @param changes  the change points, each drawn where its first run sits in {@code trend}
 */
public record ChangePointChart(TrendChart trend, List<ChangePoint> changes) implements ReportChart {

    private static final Color BETTER = new Color(0x2C, 0xA0, 0x2C);

    public ChangePointChart {
        Objects.requireNonNull(trend, "trend");
        changes = List.copyOf(changes);
    }

    @Override
    public String title() {
        return trend.title();
    }

    @Override
    public String kind() {
        return "history with change points";
    }

    @Override
    public String fileName() {
        return trend.fileName();
    }

    @Override
    public JFreeChart render() {
        JFreeChart chart = trend.render();
        XYPlot plot = chart.getXYPlot();
        boolean higherIsBetter = trend.key().mode().higherIsBetter();
        List<String> runs = trend.points().stream().map(TrendPoint::run).toList();
        int drawn = 0;
        for (ChangePoint change : changes) {
            int at = runs.indexOf("#" + change.after().run().id());
            if (at < 0) {
                continue; // a run the trend could not draw (unit): nowhere to put the line
            }
            boolean worse = change.worse(higherIsBetter);
            ValueMarker marker = new ValueMarker(at - 0.5, worse ? Outcome.REGRESSION.colour() : BETTER,
                    ChartStyle.DASHED);
            ChartStyle.label(marker, change.after().name() + " " + ChangeText.size(change, higherIsBetter));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            // Neighbouring changes' labels would print over each other: step them down in turn.
            marker.setLabelOffset(new RectangleInsets(4 + 16 * (drawn++ % 3), 4, 4, 4));
            plot.addDomainMarker(marker);
        }
        return chart;
    }
}
