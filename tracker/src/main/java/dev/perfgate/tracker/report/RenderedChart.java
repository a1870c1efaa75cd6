package dev.perfgate.tracker.report;

import java.util.Base64;
import java.util.Objects;

/**
 * A chart drawn into PNG bytes, ready to be written as a file and embedded as a data URI.
 * Immutable: the bytes are copied in and out.
 */
public record RenderedChart(ReportChart chart, byte[] png) {

    public RenderedChart {
        Objects.requireNonNull(chart, "chart");
        png = png.clone();
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
        return other instanceof RenderedChart that && chart.equals(that.chart) && java.util.Arrays.equals(png, that.png);
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
