package dev.perfgate.golden.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.cli.TrackerCli;
import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparer;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden path's JSON is what the tracker reads: its own reader accepts it with the shape JMH
 * gives (forks × iterations, sample and throughput modes), its CLI ingests and compares it, and a
 * slower handshake tail fails the gate like any micro-benchmark's regression.
 */
class JmhJsonWriterTest {

    private static final TrackingPlan PLAN = new TrackingPlan(100, 3, Duration.ofSeconds(1), 3, Duration.ofSeconds(1),
            Duration.ofMillis(1));

    @TempDir
    Path dir;

    @Test
    void theTrackersReaderTakesEveryEntryWithItsForksIterationsAndSamples() throws Exception {
        List<ForkMeasurement> forks = measurements(1.0, 1.0, 11);
        Path file = dir.resolve("golden.json");
        List<String> skipped = new ArrayList<>();

        List<String> written = JmhJsonWriter.write(forks, PLAN, file, skipped);

        assertThat(skipped).isEmpty();
        assertThat(written).containsExactly(JmhJsonWriter.HANDSHAKE, JmhJsonWriter.ROUND_TRIP,
                JmhJsonWriter.SESSION_CHECK, JmhJsonWriter.THROUGHPUT, JmhJsonWriter.LOOPBACK);
        Run run = new JmhResultReader().read(file, warning -> { throw new AssertionError(warning); });
        assertThat(run.results()).hasSize(5);
        assertThat(result(run, JmhJsonWriter.LOOPBACK).key().mode()).isEqualTo(Mode.SAMPLE_TIME);
        BenchmarkResult handshake = result(run, JmhJsonWriter.HANDSHAKE);
        assertThat(handshake.key().mode()).isEqualTo(Mode.SAMPLE_TIME);
        assertThat(handshake.key().params()).containsEntry("rate", "100");
        assertThat(handshake.unit()).isEqualTo("ms/op");
        assertThat(handshake.forkCount()).isEqualTo(3);
        assertThat(handshake.iterations()).hasSize(9);
        Histogram written0 = forks.get(0).handshakes().get(0);
        Histogram read0 = handshake.iterations().get(0).latencies();
        assertThat(read0.getTotalCount()).isEqualTo(written0.getTotalCount());
        assertThat((double) read0.getValueAtPercentile(99))
                .isCloseTo(written0.getValueAtPercentile(99), org.assertj.core.data.Percentage.withPercentage(0.2));
        BenchmarkResult throughput = result(run, JmhJsonWriter.THROUGHPUT);
        assertThat(throughput.key().mode()).isEqualTo(Mode.THROUGHPUT);
        assertThat(throughput.iterations().get(0).score()).isEqualTo(forks.get(0).ready().get(0) / 1.0);
    }

    @Test
    void aSlowerHandshakeTailIsARegressionAndTheSameTailIsNot() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        Path same = dir.resolve("same.json");
        Path slower = dir.resolve("slower.json");
        JmhJsonWriter.write(measurements(1.0, 1.0, 1), PLAN, baseline, new ArrayList<>());
        JmhJsonWriter.write(measurements(1.0, 1.0, 2), PLAN, same, new ArrayList<>());
        // the median handshake unchanged, its slow tail 40 % slower: a p99 regression only
        JmhJsonWriter.write(measurements(1.0, 1.4, 3), PLAN, slower, new ArrayList<>());
        JmhResultReader reader = new JmhResultReader();
        Comparer comparer = new Comparer(CompareSettings.defaults(0.05));

        Comparison regressed = comparer.compare(reader.read(baseline), reader.read(slower));
        Comparison unchanged = comparer.compare(reader.read(baseline), reader.read(same));

        assertThat(verdict(regressed, JmhJsonWriter.HANDSHAKE, Statistic.P99)).isEqualTo(Verdict.REGRESSION);
        assertThat(verdict(regressed, JmhJsonWriter.HANDSHAKE, Statistic.P50)).isNotEqualTo(Verdict.REGRESSION);
        assertThat(unchanged.has(Verdict.REGRESSION)).isFalse();
        // and through the CLI, as CI runs it: ingested, saved as a baseline, then exit 1 on the regression, 0 without
        String db = "jdbc:h2:" + dir.resolve("history").toAbsolutePath();
        String baselines = dir.resolve("baselines").toString();
        assertThat(TrackerCli.execute("ingest", baseline.toString(), "--db", db)).isZero();
        assertThat(TrackerCli.execute("baseline", "save", "--run", "latest", "--dir", baselines, "--db", db)).isZero();
        assertThat(TrackerCli.execute("compare", slower.toString(), "--baseline", baselines)).isEqualTo(1);
        assertThat(TrackerCli.execute("compare", same.toString(), "--baseline", baselines)).isZero();
    }

    private static Verdict verdict(Comparison comparison, String benchmark, Statistic statistic) {
        return comparison.benchmarks().stream()
                .filter(c -> c.key().benchmark().equals(benchmark) && c.statistic() == statistic)
                .map(BenchmarkComparison::verdict).findFirst().orElseThrow();
    }

    private static BenchmarkResult result(Run run, String benchmark) {
        return run.results().stream().filter(r -> r.key().benchmark().equals(benchmark)).findFirst().orElseThrow();
    }

    /**
     * Three forks of three iterations of made-up but realistic golden-path latencies: handshakes of
     * about 2 ms with a 3 % tail near 20 ms, each scaled, with per-fork and per-sample noise.
     */
    private static List<ForkMeasurement> measurements(double bodyScale, double tailScale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ForkMeasurement> forks = new ArrayList<>();
        for (int fork = 0; fork < 3; fork++) {
            double forkNoise = 1 + (random.nextDouble() - 0.5) * 0.02;
            List<Histogram> handshakes = new ArrayList<>();
            List<Histogram> roundTrips = new ArrayList<>();
            List<Histogram> checks = new ArrayList<>();
            List<Long> ready = new ArrayList<>();
            List<Histogram> loopback = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Histogram h = new Histogram(3);
                Histogram rt = new Histogram(3);
                Histogram sc = new Histogram(3);
                Histogram lb = new Histogram(3);
                for (int s = 0; s < 2000; s++) {
                    boolean tail = s % 33 == 0; // 3 %: p99 lies in the tail
                    double base = tail ? 20_000_000 * tailScale : 2_000_000 * bodyScale;
                    h.recordValue(Math.round(base * forkNoise * (0.9 + 0.2 * random.nextDouble())));
                    rt.recordValue(Math.round(300_000 * (0.9 + 0.2 * random.nextDouble())));
                    sc.recordValue(Math.round(1_200_000 * (0.9 + 0.2 * random.nextDouble())));
                    lb.recordValue(Math.round(60_000 * (0.9 + 0.2 * random.nextDouble())));
                }
                handshakes.add(h);
                roundTrips.add(rt);
                checks.add(sc);
                loopback.add(lb);
                ready.add(95L + random.nextInt(10));
            }
            forks.add(new ForkMeasurement(handshakes, roundTrips, checks, ready, loopback));
        }
        return forks;
    }
}
