package dev.perfgate.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Threads hammer acquire/record while the state flips all the time (a shared fake clock moves
 * one microsecond per call, so waits pass and probes expire without any real sleep; some probes
 * are abandoned to exercise expiry). Proves: only legal transitions, one per generation, in an
 * unbroken chain; never more probes in flight than allowed; no probe slot lost; the breaker
 * still recovers afterwards.
 */
class BreakerStressTest {

    private static final int THREADS = 4;
    private static final int OPS_PER_THREAD = 262_144; // 4 × 262,144 > 10^6 operations
    private static final int MAX_PROBES = 2;
    private static final Duration WAIT = Duration.ofNanos(50_000);
    private static final Duration PROBE_TIMEOUT = Duration.ofNanos(30_000);

    private static final Set<List<BreakerState>> LEGAL = Set.of(
            List.of(BreakerState.CLOSED, BreakerState.OPEN),
            List.of(BreakerState.OPEN, BreakerState.HALF_OPEN),
            List.of(BreakerState.HALF_OPEN, BreakerState.OPEN),
            List.of(BreakerState.HALF_OPEN, BreakerState.CLOSED));

    enum Window { COUNT, TIME }

    @ParameterizedTest
    @EnumSource(Window.class)
    void stateFlipsUnderContentionStayLegalAndLoseNoPermit(Window window) throws Exception {
        FakeClock clock = new FakeClock();
        BreakerConfig.Builder builder = BreakerConfig.builder().minimumCalls(10).failureRatePercent(40)
                .consecutiveFailures(4).openWait(WAIT).maxConcurrentProbes(MAX_PROBES).successesToClose(2)
                .probeTimeout(PROBE_TIMEOUT).slowCallDuration(Duration.ofMillis(1)).slowCallRatePercent(30);
        if (window == Window.COUNT) {
            builder.countWindow(20);
        } else {
            builder.timeWindow(Duration.ofNanos(200_000), 10);
        }
        CircuitBreaker breaker = new CircuitBreaker(builder.build(), clock);
        ConcurrentLinkedQueue<Transition> transitions = new ConcurrentLinkedQueue<>();
        breaker.addListener(transitions::add);
        Map<Long, AtomicInteger> probesInFlight = new ConcurrentHashMap<>();
        AtomicInteger mostProbesSeen = new AtomicInteger();
        AtomicLong granted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();

        Hammer.run(THREADS, thread -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < OPS_PER_THREAD; i++) {
                clock.advanceNanos(1_000);
                Permit permit = breaker.tryAcquire();
                if (!(permit instanceof GrantedPermit p)) {
                    rejected.incrementAndGet();
                    continue;
                }
                granted.incrementAndGet();
                AtomicInteger inFlight = null;
                if (p.isProbe()) {
                    inFlight = probesInFlight.computeIfAbsent(p.generation(), g -> new AtomicInteger());
                    int now = inFlight.incrementAndGet();
                    mostProbesSeen.accumulateAndGet(now, Math::max);
                    assertThat(now).as("probes in flight in generation %d", p.generation())
                            .isLessThanOrEqualTo(MAX_PROBES);
                    if (random.nextInt(50) == 0) {
                        continue; // abandoned: it never reports, only expiry can free the breaker
                    }
                    inFlight.decrementAndGet();
                }
                long elapsed = random.nextInt(20) == 0 ? 2_000_000 : 1_000;
                if (random.nextInt(4) == 0) {
                    breaker.onFailure(p, elapsed);
                } else {
                    breaker.onSuccess(p, elapsed);
                }
            }
        });

        assertThat(granted.get() + rejected.get()).isEqualTo((long) THREADS * OPS_PER_THREAD);
        List<Transition> chain = new ArrayList<>(transitions);
        chain.sort(Comparator.comparingLong(Transition::generation));
        assertThat(chain).hasSizeGreaterThan(100); // the state really did flip, many times
        BreakerState previous = BreakerState.CLOSED;
        for (int i = 0; i < chain.size(); i++) {
            Transition t = chain.get(i);
            assertThat(t.generation()).as("generations form an unbroken chain").isEqualTo(i + 1L);
            assertThat(t.from()).as("transition %s starts where the last ended", t).isEqualTo(previous);
            assertThat(List.of(t.from(), t.to())).as("legal transition %s", t).isIn(LEGAL);
            previous = t.to();
        }
        assertThat(transitions).extracting(Transition::cause).contains(TransitionCause.PROBE_EXPIRED,
                TransitionCause.RECOVERED, TransitionCause.PROBE_FAILED);
        assertThat(mostProbesSeen.get()).isEqualTo(MAX_PROBES);

        BreakerMetrics quiet = breaker.metrics();
        assertThat(quiet.state()).isEqualTo(previous);
        assertThat(quiet.generation()).isEqualTo(chain.size());
        if (quiet.state() == BreakerState.HALF_OPEN) {
            AtomicInteger own = probesInFlight.get(quiet.generation());
            assertThat(quiet.probesInFlight()).isEqualTo(own == null ? 0 : own.get());
        }

        clock.advance(PROBE_TIMEOUT.plus(WAIT));
        for (int i = 0; i < 10 && breaker.state() != BreakerState.CLOSED; i++) {
            Permit permit = breaker.tryAcquire();
            if (permit instanceof GrantedPermit p) {
                breaker.onSuccess(p, 0);
            } else {
                clock.advance(WAIT);
            }
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }
}
