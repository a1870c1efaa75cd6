package dev.perfgate.tracker.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Latencies;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineRoundTripTest {

    @TempDir
    Path root;

    private static final Environment ENV = new Environment("OpenJDK 64-Bit Server VM", "17.0.15+6", "17.0.15",
            List.of("-Xmx1g"), "1.37", "Linux", "amd64", "Some CPU", 2, 1L << 33);

    static Run sampleRun() {
        Random random = new Random(1);
        BenchmarkKey sample = new BenchmarkKey("dev.perfgate.calibration.CalibrationBenchmark.knownWork",
                Mode.SAMPLE_TIME, new TreeMap<>(Map.of("slowdownPercent", "0")), 1);
        BenchmarkKey thrpt = new BenchmarkKey("dev.perfgate.breaker.BreakerBenchmark.call", Mode.THROUGHPUT,
                new TreeMap<>(Map.of("impl", "perfgate, fast")), 4);
        List<Iteration> latencies = new ArrayList<>();
        List<Iteration> scores = new ArrayList<>();
        for (int fork = 0; fork < 3; fork++) {
            for (int it = 0; it < 3; it++) {
                Histogram h = new Histogram(3);
                for (int s = 0; s < 5000; s++) {
                    h.recordValue(3800 + (long) (random.nextDouble() * random.nextDouble() * 20_000));
                }
                latencies.add(new Iteration(fork, it, h.getMean() / 1000, Latencies.of(h)));
                scores.add(new Iteration(fork, it, 1.0e7 + random.nextInt(1000), null));
            }
        }
        JmhSummary jmh = new JmhSummary(4.2, Double.NaN, new TreeMap<>(Map.of(50.0, 3.9, 99.0, 12.5)));
        return new Run(new RunInfo(7, Instant.parse("2026-11-22T04:00:00Z"), "c8d32dc", "main", "quick", ENV), List.of(
                new BenchmarkResult(sample, "us/op", latencies, jmh, null),
                new BenchmarkResult(thrpt, "ops/s", scores, new JmhSummary(1e7, 12.0, null),
                        new TreeMap<>(Map.of("gc.alloc.rate.norm", new SecondaryMetric("gc.alloc.rate.norm", 0, Double.NaN, "B/op"))))));
    }

    @Test
    void loadsBackTheSameModelAsWasSaved() throws Exception {
        Run run = sampleRun();
        BaselineFiles files = BaselineFiles.of(root, "quick");
        new BaselineWriter().write(run, files);
        Run back = new BaselineReader().read(files);

        assertThat(back.info().time()).isEqualTo(run.info().time());
        assertThat(back.info().commit()).isEqualTo("c8d32dc");
        assertThat(back.info().environment()).isEqualTo(ENV);
        assertThat(back.results()).hasSize(2);
        for (int r = 0; r < 2; r++) {
            BenchmarkResult saved = run.results().get(r);
            BenchmarkResult loaded = back.results().get(r);
            assertThat(loaded.key()).isEqualTo(saved.key());
            assertThat(loaded.unit()).isEqualTo(saved.unit());
            assertThat(loaded.secondary()).isEqualTo(saved.secondary());
            assertThat(loaded.jmh().percentiles()).isEqualTo(saved.jmh().percentiles());
            assertThat(Double.valueOf(loaded.jmh().scoreError())).isEqualTo(Double.valueOf(saved.jmh().scoreError()));
            for (int i = 0; i < saved.iterations().size(); i++) {
                Iteration a = saved.iterations().get(i);
                Iteration b = loaded.iterations().get(i);
                assertThat(b.fork()).isEqualTo(a.fork());
                assertThat(b.iteration()).isEqualTo(a.iteration());
                assertThat(b.score()).isEqualTo(a.score());
                assertThat(b.latencies()).isEqualTo(a.latencies());
            }
        }
    }

    @Test
    void theSameRunAlwaysGivesTheSameBytesAndAFewKbPerBenchmark() throws Exception {
        BaselineFiles first = BaselineFiles.of(root, "a");
        BaselineFiles second = BaselineFiles.of(root, "b");
        new BaselineWriter().write(sampleRun(), first);
        new BaselineWriter().write(sampleRun(), second);
        assertThat(Files.readAllBytes(second.histograms())).isEqualTo(Files.readAllBytes(first.histograms()));
        assertThat(Files.readAllBytes(second.manifest())).isEqualTo(Files.readAllBytes(first.manifest()));
        assertThat(Files.size(first.histograms()) + Files.size(first.manifest())).isLessThan(2 * 8 * 1024);
    }

    @Test
    void histogramsAreReadableByHdrHistogramsOwnReaderWithOneTagPerForkAndIteration() throws Exception {
        BaselineFiles files = BaselineFiles.of(root, "quick");
        new BaselineWriter().write(sampleRun(), files);
        Set<String> tags = new HashSet<>();
        try (InputStream in = Files.newInputStream(files.histograms()); HistogramLogReader reader = new HistogramLogReader(in)) {
            EncodableHistogram h;
            while ((h = reader.nextIntervalHistogram()) != null) {
                tags.add(h.getTag());
            }
        }
        assertThat(tags).hasSize(9).contains("CalibrationBenchmark.knownWork:sample:slowdownPercent=0@2.1");
    }

    @Test
    void aBrokenBaselineIsAnErrorNamingTheFile() throws Exception {
        BaselineFiles files = BaselineFiles.of(root, "quick");
        assertThatThrownBy(() -> new BaselineReader().read(files))
                .isInstanceOf(InvalidBaselineException.class).hasMessageContaining("manifest.json");
        new BaselineWriter().write(sampleRun(), files);
        List<String> lines = Files.readAllLines(files.histograms());
        Files.write(files.histograms(), lines.subList(0, lines.size() - 1));
        assertThatThrownBy(() -> new BaselineReader().read(files))
                .isInstanceOf(InvalidBaselineException.class)
                .hasMessageContaining("histograms.hlog").hasMessageContaining("@2.2");
        assertThatThrownBy(() -> BaselineFiles.of(root, "../escape")).hasMessageContaining("../escape");
    }

    @Test
    void catalogListsSavedBaselinesByName() throws Exception {
        new BaselineWriter().write(sampleRun(), BaselineFiles.of(root, "quick"));
        new BaselineWriter().write(sampleRun(), BaselineFiles.of(root, "full"));
        assertThat(new BaselineCatalog(root).list()).extracting(BaselineCatalog.Entry::name, BaselineCatalog.Entry::benchmarks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("full", 2), org.assertj.core.groups.Tuple.tuple("quick", 2));
        assertThat(new BaselineCatalog(root.resolve("none")).list()).isEmpty();
    }
}
