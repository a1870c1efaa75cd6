package dev.perfgate.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.history.ChangePoint;
import dev.perfgate.tracker.history.SeriesPoint;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.RunInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Change points on a trend: one dashed line each, between the two runs, named by the new level's commit. */
class ChangePointChartTest {

    private static final BenchmarkKey KEY = new BenchmarkKey("x.Bench.run", Mode.THROUGHPUT, null, 1);

    private static SeriesPoint point(int id, double value) {
        return new SeriesPoint(new RunInfo(id, Instant.EPOCH, "commit" + id + "abcdef", "main", null, null), value,
                Double.NaN, 3);
    }

    @Test
    void each_change_is_a_line_between_its_runs_labelled_with_its_commit() {
        List<TrendPoint> points = new ArrayList<>();
        for (int id = 1; id <= 10; id++) {
            points.add(new TrendPoint("#" + id, id <= 6 ? 100 : 90, Double.NaN, false));
        }
        TrendChart trend = new TrendChart(KEY, "ops/s", points, Double.NaN);
        ChangePoint slower = new ChangePoint(6, point(6, 100), point(7, 90), 0.9, 0.88, 0.92, 1e-9, 6, 4);
        ChangePoint unknownRun = new ChangePoint(2, point(40, 100), point(41, 90), 0.9, 0.88, 0.92, 1e-9, 2, 2);
        ChangePointChart chart = new ChangePointChart(trend, List.of(slower, unknownRun));

        XYPlot plot = chart.render().getXYPlot();
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
        ValueMarker marker = (ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertThat(marker.getValue()).isEqualTo(5.5); // between run #6 (x = 5) and run #7 (x = 6)
        assertThat(marker.getLabel()).startsWith("commit7abc").contains("-10.0%").endsWith("worse");
        assertThat(marker.getPaint()).isEqualTo(Outcome.REGRESSION.colour());
        assertThat(chart.fileName()).isEqualTo(trend.fileName());
        assertThat(new PngRenderer().render(chart).png()).isNotEmpty();
    }
}
