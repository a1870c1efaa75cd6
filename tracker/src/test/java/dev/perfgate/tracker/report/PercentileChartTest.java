package dev.perfgate.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Mode;
import java.awt.image.BufferedImage;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class PercentileChartTest {

    private static final BenchmarkKey KEY =
            ReportFixtures.key("TokenBenchmark.validate", Mode.SAMPLE_TIME, "impl", "nimbus", "alg", "RS256");

    private static PercentileChart chart() {
        return new PercentileChart(KEY, ReportFixtures.latencies(2_000, 100_000, 1),
                ReportFixtures.latencies(3_000, 100_000, 2));
    }

    @Test
    void rendersAReadablePngTitledWithBenchmarkAndParams() throws Exception {
        PercentileChart chart = chart();
        BufferedImage image = ReportFixtures.png(new PngRenderer().render(chart).png());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(chart.title()).contains("TokenBenchmark.validate").contains("alg=RS256").contains("impl=nimbus");
        assertThat(chart.fileName()).startsWith("latency-TokenBenchmark.validate").endsWith(".png")
                .matches("[A-Za-z0-9._-]+");
    }

    @Test
    void xIsTheLogPercentileScaleLabelledAsHdrHistogramDoes() {
        assertThat(PercentileAxisFormat.position(0)).isEqualTo(0.0);
        assertThat(PercentileAxisFormat.position(99.9)).isCloseTo(3.0, within(1e-9));
        assertThat(List.of(0, 1, 2, 3, 4).stream().map(PercentileAxisFormat::label))
                .containsExactly("0 %", "90 %", "99 %", "99.9 %", "99.99 %");
    }

    @Test
    void plotsBothSidesFromZeroIntoTheTailInTheChosenUnit() {
        JFreeChart rendered = chart().render();
        XYPlot plot = rendered.getXYPlot();
        XYDataset data = plot.getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getSeriesKey(0).toString()).startsWith("baseline");
        assertThat(data.getSeriesKey(1).toString()).startsWith("current");
        for (int series = 0; series < 2; series++) {
            int last = data.getItemCount(series) - 1;
            assertThat(data.getXValue(series, 0)).isEqualTo(0.0);
            assertThat(data.getXValue(series, last)).isGreaterThanOrEqualTo(4.0); // beyond 99.99 %
        }
        // 2 µs typical: the axis speaks µs, and the current median is about 3 µs
        assertThat(plot.getRangeAxis().getLabel()).contains("µs").contains("log");
        assertThat(plot.getDomainAxis().getLabel()).contains("percentile");
        double currentMedian = data.getYValue(1, 0);
        assertThat(currentMedian).isBetween(2.9, 3.4);
    }

    /** The axis's tick labels; refreshTicks is raw-typed in JFreeChart, and ours ignores the graphics. */
    private static List<String> tickLabels(ValueAxis axis, RectangleEdge edge) {
        List<?> ticks = axis.refreshTicks(null, null, null, edge);
        return ticks.stream().map(t -> ((NumberTick) t).getText()).toList();
    }

    @Test
    void logAxisTicksAreRoundNumbersNotPowersOfTen() {
        ValueAxis latency = new ReadableLogAxis("latency");
        latency.setRange(2, 45);
        assertThat(tickLabels(latency, RectangleEdge.LEFT)).containsExactly("2", "3", "5", "10", "20", "30");
        ValueAxis narrow = new ReadableLogAxis("ratio");
        narrow.setRange(0.93, 1.12);
        assertThat(tickLabels(narrow, RectangleEdge.BOTTOM))
                .containsExactly("0.94", "0.96", "0.98", "1", "1.02", "1.04", "1.06", "1.08", "1.1", "1.12");
        ValueAxis wide = new ReadableLogAxis("latency");
        wide.setRange(0.5, 4000);
        assertThat(tickLabels(wide, RectangleEdge.LEFT)).containsExactly("0.5", "1", "2", "5", "10", "20", "50",
                "100", "200", "500", "1000", "2000");
    }

    @Test
    void refusesASideWithoutSamplesNamingTheBenchmark() {
        assertThatThrownBy(() -> new PercentileChart(KEY, new Histogram(3), ReportFixtures.latencies(1000, 10, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TokenBenchmark.validate").hasMessageContaining("baseline");
    }
}
