package dev.perfgate.tracker.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A vertical log axis with ticks people read: 1, 2, 5, 10, 20, 50 … (every digit when the data spans
 * less than a decade, only the decades when it spans many). JFreeChart's own log axes
 * either print {@code 10^0.35} or label a single decade. Not thread-safe, like every axis; each
 * chart builds its own.
 */
final class LatencyAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final int[] ONE_TWO_THREE_FIVE = {1, 2, 3, 5};
    private static final int[] ONE_TWO_FIVE = {1, 2, 5};
    private static final int[] EVERY_DIGIT = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final int[] DECADES = {1};

    LatencyAxis(String label) {
        super(label);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        double low = Math.max(getRange().getLowerBound(), getSmallestValue());
        double high = getRange().getUpperBound();
        double decades = Math.log10(high / low);
        int[] steps = decades < 1 ? EVERY_DIGIT
                : decades <= 2 ? ONE_TWO_THREE_FIVE
                : decades <= 5 ? ONE_TWO_FIVE
                : DECADES;
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        List<NumberTick> ticks = new ArrayList<>();
        for (int exponent = (int) Math.floor(Math.log10(low)); exponent <= Math.ceil(Math.log10(high)); exponent++) {
            for (int step : steps) {
                double value = step * Math.pow(10, exponent);
                if (value >= low && value <= high) {
                    ticks.add(new NumberTick(TickType.MAJOR, value, label(value), anchor, anchor, 0));
                }
            }
        }
        return ticks;
    }

    private static String label(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
