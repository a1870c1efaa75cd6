package dev.perfgate.tracker.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look every report chart shares: white background, light grid, the logical
 * {@code SansSerif} font (DejaVu Sans under fontconfig), legend at the bottom. Stateless and
 * thread-safe; each call styles only the chart it is given.
 */
final class ChartStyle {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color BASELINE = new Color(0x1F, 0x77, 0xB4);
    static final Color CURRENT = new Color(0xD6, 0x27, 0x28);
    static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    private ChartStyle() {}

    /** A chart with the shared look, built around an already configured plot (all its axes added). */
    static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        List<Axis> axes = new ArrayList<>(List.of(plot.getDomainAxis()));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            // Secondary range axes (a trend's p99) too, so every axis of a chart reads alike.
            if (plot.getRangeAxis(i) != null) {
                axes.add(plot.getRangeAxis(i));
            }
        }
        for (Axis axis : axes) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
        }
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        // Room on the right so the last tick label (e.g. "99.999 %") is not clipped.
        chart.setPadding(new RectangleInsets(6, 6, 6, 30));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setItemFont(LABEL);
            legendTitle.setFrame(BlockBorder.NONE);
        }
        return chart;
    }

    /** Marker labels without JFreeChart's default grey box, so they never hide the data. */
    static void label(Marker marker, String text) {
        marker.setLabel(text);
        marker.setLabelFont(TICK);
        marker.setLabelPaint(Color.DARK_GRAY);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
    }
}
