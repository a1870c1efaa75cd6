package dev.perfgate.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Mode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final BenchmarkKey KEY = ReportFixtures.key("BreakerBenchmark.call", Mode.SAMPLE_TIME, "impl", "failsafe");

    private static List<TrendPoint> points(int count, boolean withP99) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double score = i == count - 1 ? 3.0 : 2.0 + 0.01 * i;
            points.add(new TrendPoint("#" + (i + 1), score, withP99 ? score * 4 : Double.NaN, i == count - 1));
        }
        return points;
    }

    @Test
    void rendersTheRunsOldestToNewestWithP99AndTheRegressionFlagged() throws Exception {
        TrendChart chart = new TrendChart(KEY, "us/op", points(12, true), 2.0);
        BufferedImage image = ReportFixtures.png(new PngRenderer().render(chart).png());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(chart.title()).contains("BreakerBenchmark.call").contains("impl=failsafe");

        XYPlot plot = chart.render().getXYPlot();
        XYDataset data = plot.getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getSeriesKey(0).toString()).isEqualTo("score (us/op)");
        assertThat(data.getSeriesKey(1).toString()).isEqualTo("regression");
        assertThat(data.getItemCount(1)).isEqualTo(1);
        assertThat(data.getXValue(1, 0)).isEqualTo(11.0); // the newest run, on the right
        assertThat(data.getYValue(1, 0)).isEqualTo(3.0);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("score (us/op)");
        // the p99 has its own axis, so a tail four times the score does not flatten the score line
        XYDataset tail = plot.getDataset(1);
        assertThat(tail.getSeriesKey(0).toString()).isEqualTo("p99 (us/op)");
        assertThat(tail.getItemCount(0)).isEqualTo(12);
        assertThat(plot.getRangeAxisForDataset(1).getLabel()).isEqualTo("p99 (us/op)");
        assertThat(plot.getRangeAxisForDataset(1)).isNotSameAs(plot.getRangeAxis(0));
        assertThat(plot.getRangeAxisForDataset(1).getLabelFont()).isEqualTo(plot.getRangeAxis(0).getLabelFont());
        assertThat(plot.getRangeAxisForDataset(1).getTickLabelFont()).isEqualTo(plot.getRangeAxis(0).getTickLabelFont());

        NumberAxis runAxis = (NumberAxis) plot.getDomainAxis();
        assertThat(runAxis.getNumberFormatOverride().format(0)).isEqualTo("#1");
        assertThat(runAxis.getNumberFormatOverride().format(11)).isEqualTo("#12");
        assertThat(plot.getRangeMarkers(Layer.FOREGROUND)).singleElement()
                .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(2.0))
                .satisfies(m -> assertThat(((ValueMarker) m).getLabel()).contains("baseline"));
    }

    @Test
    void aConstantSeriesGetsAFewPlainRoundTicksNotExponentsOfOneValue() {
        List<TrendPoint> constant = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            constant.add(new TrendPoint("#" + (i + 1), 1.2 + 0.001 * (i % 3), 1.960959, false));
        }
        XYPlot plot = new TrendChart(KEY, "us/op", constant, Double.NaN).render().getXYPlot();
        for (int axis = 0; axis < 2; axis++) {
            org.jfree.chart.axis.NumberAxis values = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis(axis);
            double ticks = values.getRange().getLength() / values.getTickUnit().getSize();
            assertThat(ticks).as("ticks on axis %d", axis).isBetween(3.0, 9.0);
            assertThat(values.getTickUnit().valueToString(1.960959)).doesNotContain("E").hasSizeLessThan(7);
            assertThat(values.getRange().contains(axis == 0 ? 1.2 : 1.960959)).isTrue();
        }
        org.jfree.chart.axis.NumberAxis runs = (org.jfree.chart.axis.NumberAxis) plot.getDomainAxis();
        assertThat(runs.getRange().getLength() / runs.getTickUnit().getSize()).as("run labels").isLessThanOrEqualTo(6);
    }

    @Test
    void withoutPercentilesOrBaselineItDrawsTheScoreAlone() {
        XYPlot plot = new TrendChart(KEY, "ops/s", List.of(new TrendPoint("#1", 5, Double.NaN, false)), Double.NaN)
                .render().getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(1);
        assertThat(plot.getDatasetCount()).isEqualTo(1);
        assertThat(plot.getRangeMarkers(Layer.FOREGROUND)).isNull();
    }

    @Test
    void rejectsAnEmptyHistoryAndNonFiniteScoresNamingWhat() {
        assertThatThrownBy(() -> new TrendChart(KEY, "us/op", List.of(), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BreakerBenchmark.call");
        assertThatThrownBy(() -> new TrendPoint("#3", Double.POSITIVE_INFINITY, Double.NaN, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#3");
    }
}
