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
 * A log axis with ticks people read: 1, 2, 5, 10, 20, 50 … over several decades, every digit over
 * about one, and evenly spaced round steps (0.96, 0.98, 1, 1.02 …) over a narrow range. JFreeChart's
 * own log axes either print {@code 10^0.35} or label a single decade. Not thread-safe, like every
 * axis; each chart builds its own.
 */
final class ReadableLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final double[] ONE_TWO_THREE_FIVE = {1, 2, 3, 5};
    private static final double[] ONE_TWO_FIVE = {1, 2, 5};
    private static final double[] EVERY_DIGIT = {1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final double[] DECADES = {1};
    private static final double NARROW = 3;
    private static final int MAX_LINEAR_TICKS = 10;

    ReadableLogAxis(String label) {
        super(label);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        double low = Math.max(getRange().getLowerBound(), getSmallestValue());
        double high = getRange().getUpperBound();
        TextAnchor anchor = RectangleEdge.LEFT.equals(edge) ? TextAnchor.CENTER_RIGHT
                : RectangleEdge.RIGHT.equals(edge) ? TextAnchor.CENTER_LEFT
                : RectangleEdge.TOP.equals(edge) ? TextAnchor.BOTTOM_CENTER
                : TextAnchor.TOP_CENTER;
        List<NumberTick> ticks = new ArrayList<>();
        for (double value : high / low <= NARROW ? linear(low, high) : logarithmic(low, high)) {
            ticks.add(new NumberTick(TickType.MAJOR, value, label(value), anchor, anchor, 0));
        }
        return ticks;
    }

    /** Over a narrow range a log axis is nearly linear: the finest round step giving at most ten ticks. */
    private static List<Double> linear(double low, double high) {
        double magnitude = Math.pow(10, Math.floor(Math.log10((high - low) / MAX_LINEAR_TICKS)));
        double step = 10 * magnitude;
        for (double multiple : ONE_TWO_FIVE) {
            if ((high - low) / (multiple * magnitude) <= MAX_LINEAR_TICKS) {
                step = multiple * magnitude;
                break;
            }
        }
        List<Double> values = new ArrayList<>();
        for (long i = (long) Math.ceil(low / step); i * step <= high; i++) {
            values.add(i * step);
        }
        return values;
    }

    private static List<Double> logarithmic(double low, double high) {
        double decades = Math.log10(high / low);
        double[] steps = decades < 1 ? EVERY_DIGIT
                : decades <= 2 ? ONE_TWO_THREE_FIVE
                : decades <= 5 ? ONE_TWO_FIVE
                : DECADES;
        List<Double> values = new ArrayList<>();
        for (int exponent = (int) Math.floor(Math.log10(low)); exponent <= Math.ceil(Math.log10(high)); exponent++) {
            for (double step : steps) {
                double value = step * Math.pow(10, exponent);
                if (value >= low && value <= high) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static String label(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
