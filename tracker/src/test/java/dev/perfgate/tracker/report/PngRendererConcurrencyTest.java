package dev.perfgate.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.Mode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ReportWriter renders charts on several threads at once; this holds it to drawing exactly what
 * one thread draws. Pixels are compared within this JVM (never against a stored image: PNG bytes
 * differ between JDKs).
 */
class PngRendererConcurrencyTest {

    private static final int THREADS = 4;

    private static List<ReportChart> charts() {
        var key = ReportFixtures.key("TokenBenchmark.validate", Mode.SAMPLE_TIME, "impl", "nimbus");
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            points.add(new TrendPoint("#" + i, 2 + 0.01 * i, 7 + 0.02 * i, i == 14));
        }
        return List.of(
                new PercentileChart(key, ReportFixtures.latencies(2_000, 20_000, 1), ReportFixtures.latencies(2_500, 20_000, 2)),
                new TrendChart(key, "us/op", points, 2.0),
                new ForestPlot("Current vs baseline", "ratio", "note", 0.05, List.of(
                        new ForestRow("a", 1.2, 1.1, 1.3, Outcome.REGRESSION),
                        new ForestRow("b", 0.99, 0.97, 1.01, Outcome.NO_CHANGE))));
    }

    private static int[] pixels(RenderedChart rendered) throws Exception {
        BufferedImage image = ReportFixtures.png(rendered.png());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void chartsRenderedOnManyThreadsAtOnceMatchTheSingleThreadedDrawing() throws Exception {
        List<ReportChart> charts = charts();
        PngRenderer renderer = new PngRenderer();
        List<int[]> expected = new ArrayList<>();
        for (ReportChart chart : charts) {
            expected.add(pixels(renderer.render(chart)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<RenderedChart>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<RenderedChart> rendered = new ArrayList<>();
                    for (int i = 0; i < charts.size(); i++) {
                        rendered.add(renderer.render(charts.get((i + offset) % charts.size())));
                    }
                    return rendered;
                }));
            }
            start.countDown();
            for (Future<List<RenderedChart>> result : results) {
                for (RenderedChart rendered : result.get(60, TimeUnit.SECONDS)) {
                    int index = charts.indexOf(rendered.chart());
                    assertThat(pixels(rendered)).as(rendered.chart().fileName()).isEqualTo(expected.get(index));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
