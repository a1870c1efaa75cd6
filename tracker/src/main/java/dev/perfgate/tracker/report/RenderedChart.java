package dev.perfgate.tracker.report;

import java.util.Base64;
import java.util.Objects;

/**
 * A chart drawn into PNG bytes, ready to be written as a file and embedded as a data URI, and,
 * where it was drawn as vector graphics too, as an inline {@code <svg>} element for the HTML page.
 * Immutable: the bytes are copied in and out.
 *
 * @param chart  what was drawn
 * @param png    the PNG file's bytes
 * @param svg    the {@code <svg>} element, or {@code null} when only the PNG was drawn
 */
public record RenderedChart(ReportChart chart, byte[] png, String svg) {

    public RenderedChart {
        Objects.requireNonNull(chart, "chart");
        png = png.clone();
    }

    /** A chart drawn as PNG only. */
    public RenderedChart(ReportChart chart, byte[] png) {
        this(chart, png, null);
    }

    /** The same chart with its SVG element. */
    RenderedChart withSvg(String element) {
        return new RenderedChart(chart, png, element);
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** {@code data:image/png;base64,…} for a self-contained HTML page. */
    public String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedChart that && chart.equals(that.chart) && java.util.Arrays.equals(png, that.png)
                && Objects.equals(svg, that.svg);
    }

    @Override
    public int hashCode() {
        return 31 * chart.hashCode() + java.util.Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "RenderedChart[" + chart.fileName() + ", " + png.length + " bytes]";
    }
}
