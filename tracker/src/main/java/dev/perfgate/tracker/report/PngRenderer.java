package dev.perfgate.tracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;

/**
 * Draws a {@link ReportChart} into PNG bytes at the chart's own size, with no display (works under
 * {@code java.awt.headless=true} as long as fontconfig finds a font). Stateless and thread-safe:
 * each call renders its own chart into its own image.
 */
public final class PngRenderer {

    /** Renders one chart; the failure names the chart when the image cannot be encoded. */
    public RenderedChart render(ReportChart chart) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ChartUtils.writeChartAsPNG(png, chart.render(), chart.width(), chart.height());
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart \"" + chart.title() + "\" as PNG", e);
        }
        return new RenderedChart(chart, png.toByteArray());
    }
}
