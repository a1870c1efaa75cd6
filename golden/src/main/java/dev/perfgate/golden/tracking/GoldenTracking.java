package dev.perfgate.golden.tracking;

import dev.perfgate.golden.load.LoadGenerator;
import dev.perfgate.golden.load.LoadRecorder;
import dev.perfgate.golden.scenario.GoldenPath;
import dev.perfgate.golden.scenario.GoldenSettings;
import dev.perfgate.time.NanoClock;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Measures the steady golden path per a {@link TrackingPlan}: for each fork a fresh golden path
 * and load generator, the warmup's samples taken and dropped, then one set of histograms per
 * iteration, taken at the iteration's end from the running recorders. Forks run one after another
 * in this JVM (fresh servers and clients, shared JIT). Not thread-safe; one run at a time.
 */
public final class GoldenTracking {

    private static final Duration DRAIN = Duration.ofSeconds(15);

    private final PrintStream progress;

    public GoldenTracking(PrintStream progress) {
        this.progress = progress;
    }

    public List<ForkMeasurement> run(TrackingPlan plan) throws IOException, InterruptedException {
        List<ForkMeasurement> forks = new ArrayList<>();
        GoldenSettings settings = GoldenSettings.steady()
                .withAuth(GoldenSettings.steady().auth().withSteady(plan.authLatency()));
        for (int fork = 0; fork < plan.forks(); fork++) {
            forks.add(fork(plan, settings, fork));
        }
        return forks;
    }

    private ForkMeasurement fork(TrackingPlan plan, GoldenSettings settings, int fork)
            throws IOException, InterruptedException {
        NanoClock clock = NanoClock.SYSTEM;
        List<Histogram> handshakes = new ArrayList<>();
        List<Histogram> roundTrips = new ArrayList<>();
        List<Histogram> sessionChecks = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        try (GoldenPath path = GoldenPath.start(settings, 42 + fork);
             LoadGenerator load = new LoadGenerator(2, clock)) {
            LoadGenerator.LoadRun run = load.start(path.server().uri(), plan.load(), path::token);
            LoadRecorder recorder = run.recorder();
            long next = clock.nanoTime() + plan.warmup().toNanos();
            sleepUntil(clock, next);
            recorder.takeHandshakes();
            recorder.takeRoundTrips();
            recorder.takeReadyCount();
            path.sessions().takeLatencies();
            for (int i = 0; i < plan.iterations(); i++) {
                next += plan.iterationTime().toNanos();
                sleepUntil(clock, next);
                Histogram h = recorder.takeHandshakes();
                handshakes.add(h);
                roundTrips.add(recorder.takeRoundTrips());
                sessionChecks.add(path.sessions().takeLatencies());
                long readyCount = recorder.takeReadyCount();
                ready.add(readyCount);
                progress.printf(Locale.ROOT, "golden fork %d/%d iteration %d/%d: %d READY, connect->READY p50 %.2f ms,"
                                + " p99 %.2f ms%n", fork + 1, plan.forks(), i + 1, plan.iterations(), readyCount,
                        h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6);
            }
            run.stop();
            run.awaitFinished(DRAIN);
        }
        return new ForkMeasurement(handshakes, roundTrips, sessionChecks, ready);
    }

    private static void sleepUntil(NanoClock clock, long atNanos) throws InterruptedException {
        for (long wait = atNanos - clock.nanoTime(); wait > 0; wait = atNanos - clock.nanoTime()) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
