package dev.perfgate.golden.scenario;

import dev.perfgate.breaker.BreakerMetrics;
import dev.perfgate.breaker.BreakerState;
import dev.perfgate.breaker.Transition;
import dev.perfgate.budget.ConsistencyCheck;
import dev.perfgate.golden.auth.Denial;
import dev.perfgate.golden.load.LoadGenerator;
import dev.perfgate.golden.load.LoadRecorder;
import dev.perfgate.golden.server.ServerCounters;
import dev.perfgate.time.NanoClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * Runs one {@link ScenarioSpec} end to end on loopback: starts a fresh golden path, offers the
 * load, switches the outage on and off on schedule, watches the breaker's recovery progress, waits
 * (bounded) for every connection to end, and gathers what every part counted. Every loop it runs is
 * bounded in count (the plan's connections) and in time. Thread-safe: each run is independent.
 */
public final class ScenarioRunner {

    private static final Duration DRAIN = Duration.ofSeconds(20);

    private final long seed;

    public ScenarioRunner(long seed) {
        this.seed = seed;
    }

    public ScenarioResult run(ScenarioSpec spec) throws IOException, InterruptedException {
        NanoClock clock = NanoClock.SYSTEM;
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "scenario-timer");
            thread.setDaemon(true);
            return thread;
        });
        try (GoldenPath path = GoldenPath.start(spec.settings(), seed);
             LoadGenerator load = new LoadGenerator(2, clock)) {
            LongFunction<String> tokens = i -> switch (spec.tokenOf(i)) {
                case ROGUE -> path.rogueToken(i);
                case REVOKED -> path.revokedToken(i);
                case VALID -> path.token(i);
            };
            List<String> recovery = java.util.Collections.synchronizedList(new ArrayList<>());
            long start = clock.nanoTime();
            if (!spec.outage().isNone()) {
                timers.schedule(() -> path.auth().outage(true), spec.outage().start().toNanos(), TimeUnit.NANOSECONDS);
                timers.schedule(() -> path.auth().outage(false), spec.outage().end().toNanos(), TimeUnit.NANOSECONDS);
            }
            int[] lastProgress = {-1};
            timers.scheduleAtFixedRate(() -> {
                BreakerMetrics metrics = path.breaker().metrics();
                if (metrics.state() == BreakerState.HALF_OPEN && metrics.probeSuccesses() != lastProgress[0]) {
                    lastProgress[0] = metrics.probeSuccesses();
                    recovery.add(String.format(Locale.ROOT, "%6.2f s  HALF_OPEN: %d of %d probe successes",
                            (clock.nanoTime() - start) / 1e9, metrics.probeSuccesses(), metrics.successesToClose()));
                } else if (metrics.state() != BreakerState.HALF_OPEN) {
                    lastProgress[0] = -1;
                }
            }, 5, 5, TimeUnit.MILLISECONDS);
            LoadGenerator.LoadRun run = load.start(path.server().uri(), spec.plan(), tokens);
            boolean inTime = run.awaitFinished(DRAIN.plus(spec.settings().handshakeTimeout()));
            double seconds = (clock.nanoTime() - start) / 1e9;
            run.stop();
            timers.shutdownNow();
            timers.awaitTermination(1, TimeUnit.SECONDS); // the recovery watch must be done writing
            ServerCounters.Snapshot server = settledServer(path, clock);
            LoadRecorder recorder = run.recorder();
            Map<Denial, Long> denials = new EnumMap<>(Denial.class);
            for (Denial denial : Denial.values()) {
                denials.put(denial, path.authenticator().denied(denial));
            }
            List<String> transitions = new ArrayList<>();
            for (Transition t : path.transitions().transitions()) {
                transitions.add(String.format(Locale.ROOT, "%6.2f s  %s -> %s (%s)", (t.atNanos() - start) / 1e9,
                        t.from(), t.to(), t.cause()));
            }
            return new ScenarioResult(spec, recorder.counts(), recorder.takeHandshakes(), recorder.takeRoundTrips(),
                    path.sessions().takeLatencies(), server, denials, path.auth().sessionChecks(),
                    path.auth().failedChecks(), path.auth().coldStarts(), path.keys().fetches(),
                    path.keys().refetchesRefused(), path.breaker().metrics(), transitions, recovery,
                    ConsistencyCheck.check(spec.settings().resilience()), seconds, inTime);
        } finally {
            timers.shutdownNow();
        }
    }

    /** The server's counters once every upgraded connection's transport has closed there too (at most 2 s). */
    private static ServerCounters.Snapshot settledServer(GoldenPath path, NanoClock clock) throws InterruptedException {
        long until = clock.nanoTime() + Duration.ofSeconds(2).toNanos();
        ServerCounters.Snapshot snapshot = path.server().counters().snapshot();
        while (snapshot.ended() < snapshot.upgraded() && clock.nanoTime() - until < 0) {
            Thread.sleep(10);
            snapshot = path.server().counters().snapshot();
        }
        return snapshot;
    }
}
