package dev.perfgate.tracker.report;

import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link ReportChart} as an inline {@code <svg>} element (JFreeSVG), for the HTML report:
 * vector text and lines stay sharp at any zoom, and a chart of a few hundred shapes is a fraction
 * of its base64 PNG. The element has a view box and no fixed size, so the page scales it to its
 * width. Every element gets its own prefix for its clip paths and gradients, since several share
 * one page. Thread-safe: each call draws into its own graphics.
 */
final class SvgRenderer {

    private final AtomicLong prefixes = new AtomicLong();

    private static String tenths(double value) {
        long scaled = Math.round(value * 10);
        return scaled % 10 == 0 ? Long.toString(scaled / 10) : Double.toString(scaled / 10.0);
    }

    /** The chart's {@code <svg>} element, ready to be placed in HTML. */
    String render(ReportChart chart) {
        SVGGraphics2D graphics = new SVGGraphics2D(chart.width(), chart.height());
        graphics.setDefsKeyPrefix("c" + prefixes.incrementAndGet() + "-");
        // A tenth of a pixel is finer than any screen shows; JFreeSVG's default writes every digit.
        graphics.setGeomDoubleConverter(SvgRenderer::tenths);
        graphics.setTransformDoubleConverter(SvgRenderer::tenths);
        try {
            chart.render().draw(graphics, new Rectangle(chart.width(), chart.height()));
        } finally {
            graphics.dispose();
        }
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, chart.width(), chart.height()), null, null);
    }
}
