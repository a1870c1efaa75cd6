package dev.perfgate.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class ForestPlotTest {

    private static List<ForestRow> rows(int count) {
        List<ForestRow> rows = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < count; i++) {
            double ratio = 0.9 + 0.005 * i;
            rows.add(new ForestRow("Bench.method [impl=peer" + i + "] avgt", ratio, ratio - 0.02, ratio + 0.02,
                    outcomes[i % outcomes.length]));
        }
        return rows;
    }

    private static ForestPlot plot(int count) {
        return new ForestPlot("Current vs baseline", "ratio", "", 0.05, rows(count));
    }

    @Test
    void heightGrowsWithTheRowsSoFiftyBenchmarksKeepTheirOwnLine() throws Exception {
        assertThat(plot(3).height()).isEqualTo(600);
        ForestPlot fifty = plot(50);
        assertThat(fifty.height()).isGreaterThanOrEqualTo(50 * ForestPlot.ROW_HEIGHT).isGreaterThan(plot(20).height());

        BufferedImage image = ReportFixtures.png(new PngRenderer().render(fifty).png());
        assertThat(image.getHeight()).isEqualTo(fifty.height());
        assertThat(image.getWidth()).isEqualTo(fifty.width()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void everyRowIsLabelledAndColouredByItsOutcome() {
        JFreeChart chart = plot(8).render();
        XYPlot xy = chart.getXYPlot();
        SymbolAxis rowAxis = (SymbolAxis) xy.getRangeAxis();
        assertThat(rowAxis.getSymbols()).hasSize(8).contains("Bench.method [impl=peer7] avgt");
        XYDataset data = xy.getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(Outcome.values().length);
        for (int series = 0; series < data.getSeriesCount(); series++) {
            String name = data.getSeriesKey(series).toString();
            Outcome outcome = java.util.Arrays.stream(Outcome.values())
                    .filter(o -> o.label().equals(name)).findFirst().orElseThrow();
            assertThat(xy.getRenderer().getSeriesPaint(series)).isEqualTo(outcome.colour());
        }
    }

    @Test
    void thresholdBandIsSymmetricOnTheLogScaleLikeTheVerdicts() {
        XYPlot xy = plot(2).render().getXYPlot();
        java.util.Collection<?> markers = xy.getDomainMarkers(Layer.BACKGROUND);
        IntervalMarker band = markers.stream()
                .filter(IntervalMarker.class::isInstance).map(IntervalMarker.class::cast)
                .findFirst().orElseThrow();
        assertThat(band.getStartValue()).isCloseTo(1 / 1.05, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(band.getEndValue()).isEqualTo(1.05);
        assertThat(((Marker) band).getLabel()).contains("5 %");
        assertThat(xy.getDomainAxis().getRange().contains(1 / 1.05)).isTrue();
    }

    @Test
    void oneHopelessIntervalDoesNotSqueezeEveryOtherRow() {
        List<ForestRow> rows = new ArrayList<>(rows(3));
        rows.add(new ForestRow("Two forks · p99", 1.3, 0.01, 475, Outcome.INCONCLUSIVE));
        var range = new ForestPlot("t", "ratio", "", 0.05, rows).render().getXYPlot().getDomainAxis().getRange();
        assertThat(range.contains(1.3)).isTrue();
        assertThat(range.contains(0.9)).isTrue();
        assertThat(range.getUpperBound()).isLessThan(2);
        assertThat(range.getLowerBound()).isGreaterThan(0.5);
    }

    @Test
    void anIntervalPastTheAxisGetsAnArrowWithTheBoundItReaches() {
        List<ForestRow> rows = new ArrayList<>(rows(3));
        rows.add(new ForestRow("Two forks · p99", 1.3, 0.01, 475, Outcome.INCONCLUSIVE));
        XYPlot plot = new ForestPlot("t", "ratio", "", 0.05, rows).render().getXYPlot();
        List<String> marks = plot.getAnnotations().stream()
                .map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).toList();
        assertThat(marks).containsExactlyInAnyOrder("▶ 475", "0.01 ◀");
        assertThat(plot.getAnnotations()).allSatisfy(a -> assertThat(((org.jfree.chart.annotations.XYTextAnnotation) a)
                .getY()).isEqualTo(3.0));
    }

    @Test
    void rowWithoutIntervalDrawsThePointAlone() {
        ForestRow row = new ForestRow("one fork", 1.2, Double.NaN, Double.NaN, Outcome.INCONCLUSIVE);
        XYPlot xy = new ForestPlot("t", "ratio", "", 0.05, List.of(row)).render().getXYPlot();
        var data = (org.jfree.data.xy.IntervalXYDataset) xy.getDataset();
        assertThat(data.getStartXValue(0, 0)).isEqualTo(1.2);
        assertThat(data.getEndXValue(0, 0)).isEqualTo(1.2);
        assertThat(xy.getDomainAxis().getRange().contains(1.2)).isTrue();
    }

    @Test
    void rejectsWhatCannotBeDrawnNamingTheRow() {
        assertThatThrownBy(() -> new ForestRow("A.b", Double.NaN, 1, 1, Outcome.NO_CHANGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A.b").hasMessageContaining("ratio");
        assertThatThrownBy(() -> new ForestRow("A.b", 1.5, 0.9, 1.1, Outcome.NO_CHANGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contain the ratio");
        assertThatThrownBy(() -> new ForestRow("A.b", 1.0, 0.9, Double.NaN, Outcome.NO_CHANGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both bounds");
        assertThatThrownBy(() -> new ForestPlot("empty", "ratio", "", 0.05, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one row");
        assertThatThrownBy(() -> new ForestPlot("t", "ratio", "", 1.5, rows(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }
}
