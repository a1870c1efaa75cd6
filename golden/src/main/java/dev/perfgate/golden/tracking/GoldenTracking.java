package dev.perfgate.golden.tracking;

import dev.perfgate.golden.load.LoadGenerator;
import dev.perfgate.golden.load.LoadRecorder;
import dev.perfgate.golden.reference.LoopbackEcho;
import dev.perfgate.golden.scenario.GoldenPath;
import dev.perfgate.golden.scenario.GoldenSettings;
import dev.perfgate.time.NanoClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Measures the steady golden path per a {@link TrackingPlan}: for each fork a fresh golden path
 * and load generator, the warmup's samples taken and dropped, then one set of histograms per
 * iteration, taken at the iteration's end from the running recorders. Beside the load, over the same
 * intervals, runs the reference ({@link LoopbackEcho}): the same traffic over bare sockets, so the
 * tracker can tell the machine's loopback moving from the golden path's code. Forks run one after another,
 * each in a JVM of its own by default (like JMH's forks: the tracker's statistics take the fork as
 * the unit of independence, and forks sharing one JIT would not be), or all in this JVM.
 * Not thread-safe; one run at a time.
 */
public final class GoldenTracking {

    private static final Duration DRAIN = Duration.ofSeconds(15);
    /** Load at the measured rate between a warmup of its own and the first iteration. */
    private static final Duration SETTLE = Duration.ofSeconds(1);

    /** Where forks run. Immutable and thread-safe. */
    public enum Forks {
        /** Each fork in a fresh JVM on this JVM's class path, as JMH forks. */
        FRESH_JVM,
        /** Every fork in this JVM: fresh servers and clients, one JIT. */
        IN_THIS_JVM
    }

    private final PrintStream progress;
    private final Forks forks;

    public GoldenTracking(PrintStream progress, Forks forks) {
        this.progress = progress;
        this.forks = forks;
    }

    public List<ForkMeasurement> run(TrackingPlan plan) throws IOException, InterruptedException {
        List<ForkMeasurement> measured = new ArrayList<>();
        for (int fork = 0; fork < plan.forks(); fork++) {
            measured.add(forks == Forks.FRESH_JVM ? freshJvm(plan, fork) : fork(plan, fork));
        }
        return measured;
    }

    private ForkMeasurement freshJvm(TrackingPlan plan, int fork) throws IOException, InterruptedException {
        Path out = Files.createTempFile("golden-fork-" + fork + "-", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), ForkMain.class.getName()));
            command.addAll(List.of(ForkMain.arguments(plan, fork, out)));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    progress.println(line);
                }
            }
            long limit = plan.warmup().plus(plan.iterationTime().multipliedBy(plan.iterations())).plus(DRAIN)
                    .plusSeconds(60).toMillis();
            if (!process.waitFor(limit, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("golden fork " + (fork + 1) + " did not end within " + limit + " ms");
            }
            if (process.exitValue() != 0) {
                throw new IOException("golden fork " + (fork + 1) + " failed with exit code " + process.exitValue());
            }
            return ForkFile.read(out, plan.iterations());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Measures fork {@code fork} of {@code plan} in this JVM. */
    ForkMeasurement fork(TrackingPlan plan, int fork) throws IOException, InterruptedException {
        GoldenSettings settings = settings(plan);
        NanoClock clock = NanoClock.SYSTEM;
        try (GoldenPath path = GoldenPath.start(settings, 42 + fork);
             LoadGenerator load = new LoadGenerator(2, clock)) {
            if (plan.warmsUpApart()) {
                warmUp(plan, fork, path, load, clock);
            }
            return measure(plan, fork, path, load, clock);
        }
    }

    /**
     * The golden path a fork measures: the steady settings with the plan's auth latency and no
     * injected tail. The steady service's tail (20 ms on every 100th check) is exactly 1 % of the
     * checks, so the tracked p99 of the handshake and the session check sat on its border: in three
     * quick runs of 2026-12-03 every fork measured two tail checks in 150 and its handshake p99 was
     * 27-30 ms; in the next run every fork measured one and its p99 was 15-17 ms. A p99 that jumps
     * by half with the phase of a counter hides a real slowdown (a 1.5x handshake came out
     * +38.9 % [-38.9 %, +215.7 %], INCONCLUSIVE), so the tracked p99 is the path's own tail.
     */
    static GoldenSettings settings(TrackingPlan plan) {
        GoldenSettings steady = GoldenSettings.steady();
        return steady.withAuth(steady.auth().withSteady(plan.authLatency()).withoutTail());
    }

    /**
     * The warmup as a load of its own, at the plan's warmup rate, the reference beside it, drained
     * before the measured load starts. The JIT compiles a path after so many calls, not so many
     * seconds: at the measured 25 connections/s every golden latency, the bare-socket reference's
     * too, was still falling after 30 s (golden/README.md), so a short warmup at that rate
     * measured the compiler.
     */
    private void warmUp(TrackingPlan plan, int fork, GoldenPath path, LoadGenerator load, NanoClock clock)
            throws IOException, InterruptedException {
        try (LoopbackEcho reference = LoopbackEcho.start(plan.warmupLoad(), clock)) {
            LoadGenerator.LoadRun run = load.start(path.server().uri(), plan.warmupLoad(), path::token);
            sleepUntil(clock, clock.nanoTime() + plan.warmup().toNanos());
            run.stop();
            if (!run.awaitFinished(DRAIN)) {
                progress.printf(Locale.ROOT, "golden fork %d/%d: warmup connections still open after %s%n", fork + 1,
                        plan.forks(), DRAIN);
            }
        }
    }

    private ForkMeasurement measure(TrackingPlan plan, int fork, GoldenPath path, LoadGenerator load, NanoClock clock)
            throws IOException, InterruptedException {
        List<Histogram> handshakes = new ArrayList<>();
        List<Histogram> roundTrips = new ArrayList<>();
        List<Histogram> sessionChecks = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        List<Histogram> loopback = new ArrayList<>();
        try (LoopbackEcho reference = LoopbackEcho.start(plan.load(), clock)) {
            LoadGenerator.LoadRun run = load.start(path.server().uri(), plan.load(), path::token);
            LoadRecorder recorder = run.recorder();
            // after a warmup of its own, one second at the measured rate, so the first iteration
            // does not start with an empty pipeline
            long next = clock.nanoTime() + (plan.warmsUpApart() ? SETTLE : plan.warmup()).toNanos();
            sleepUntil(clock, next);
            long extendedUntil = next + TrackingPlan.MAX_WARMUP_EXTENSION.toNanos();
            boolean extended = false;
            while (recorder.counts().ready() == 0 && clock.nanoTime() - extendedUntil < 0) {
                extended = true;
                Thread.sleep(50); // no handshake has finished yet: the first iteration would be empty
            }
            if (extended) {
                progress.printf(Locale.ROOT, "golden fork %d/%d: warmup extended by %.1f s until the first connection"
                        + " was READY%n", fork + 1, plan.forks(), (clock.nanoTime() - next) / 1e9);
                next = clock.nanoTime();
            }
            recorder.takeHandshakes();
            recorder.takeRoundTrips();
            recorder.takeReadyCount();
            path.sessions().takeLatencies();
            reference.takeRoundTrips();
            for (int i = 0; i < plan.iterations(); i++) {
                next += plan.iterationTime().toNanos();
                sleepUntil(clock, next);
                Histogram h = recorder.takeHandshakes();
                handshakes.add(h);
                roundTrips.add(recorder.takeRoundTrips());
                sessionChecks.add(path.sessions().takeLatencies());
                loopback.add(reference.takeRoundTrips());
                long readyCount = recorder.takeReadyCount();
                ready.add(readyCount);
                progress.printf(Locale.ROOT, "golden fork %d/%d iteration %d/%d: %d READY, connect->READY p50 %.2f ms,"
                                + " p99 %.2f ms%n", fork + 1, plan.forks(), i + 1, plan.iterations(), readyCount,
                        h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6);
            }
            run.stop();
            run.awaitFinished(DRAIN);
            if (reference.failures() > 0) {
                progress.printf(Locale.ROOT, "golden fork %d/%d: %d loopback reference connections failed%n", fork + 1,
                        plan.forks(), reference.failures());
            }
        }
        return new ForkMeasurement(handshakes, roundTrips, sessionChecks, ready, loopback);
    }

    private static void sleepUntil(NanoClock clock, long atNanos) throws InterruptedException {
        for (long wait = atNanos - clock.nanoTime(); wait > 0; wait = atNanos - clock.nanoTime()) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
