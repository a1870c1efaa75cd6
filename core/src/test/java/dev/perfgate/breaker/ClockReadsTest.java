package dev.perfgate.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.time.NanoClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A CLOSED guarded call reads the breaker's clock only when something needs the time: slow-call
 * detection, or a call listener. The clock read is most of what a healthy call costs.
 */
class ClockReadsTest {

    /** Counts its readings; time stands still. */
    private static final class CountingClock implements NanoClock {
        final AtomicLong reads = new AtomicLong();

        @Override
        public long nanoTime() {
            reads.incrementAndGet();
            return 1_000_000_000_000L;
        }
    }

    private final CountingClock clock = new CountingClock();

    @Test
    void withoutSlowCallDetectionACountWindowCallReadsNoClock() {
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().withoutSlowCallDetection().build(), clock);
        long before = clock.reads.get();
        for (int i = 0; i < 1_000; i++) {
            breaker.executeSupplier(() -> "ok");
        }
        assertThat(clock.reads.get() - before).isZero();
        assertThat(breaker.metrics().totalCalls()).isEqualTo(1_000);
    }

    @Test
    void withSlowCallDetectionEachCallReadsItTwice() {
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().build(), clock);
        long before = clock.reads.get();
        breaker.executeSupplier(() -> "ok");
        assertThat(clock.reads.get() - before).isEqualTo(2);
    }

    @Test
    void aCallListenerGetsTimedCallsEvenWithoutSlowCallDetection() {
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().withoutSlowCallDetection().build(), clock);
        AtomicLong elapsed = new AtomicLong(-2);
        breaker.addCallListener(new CallListener() {
            @Override
            public void onCall(CallOutcome outcome, long elapsedNanos, Throwable thrown) {
                elapsed.set(elapsedNanos);
            }
        });
        long before = clock.reads.get();
        breaker.executeSupplier(() -> "ok");
        assertThat(clock.reads.get() - before).isEqualTo(2);
        assertThat(elapsed).hasValue(0);
    }

    /** With detection off no call is slow, however long it takes: the slow-call rate cannot trip. */
    @Test
    void withoutSlowCallDetectionNoCallIsSlow() {
        FakeClock fake = new FakeClock();
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().countWindow(2).minimumCalls(2)
                .slowCallDuration(Duration.ofMillis(1)).slowCallRatePercent(50).withoutSlowCallDetection().build(), fake);
        for (int i = 0; i < 2; i++) {
            breaker.onSuccess(Breakers.acquire(breaker), Duration.ofSeconds(10).toNanos());
        }
        assertThat(breaker.metrics().slowCallRatePercent()).isZero();
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    /** A probe is timed from its permit's issue time: no clock read at its start. */
    @Test
    void aProbeReadsTheClockOnlyWhenAdmittedAndWhenItEnds() {
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().withoutSlowCallDetection()
                .consecutiveFailures(1).openWait(Duration.ZERO).successesToClose(2).build(), clock);
        Breakers.fail(breaker, 1);
        breaker.state(); // OPEN -> HALF_OPEN
        long before = clock.reads.get();
        breaker.executeSupplier(() -> "probe");
        assertThat(clock.reads.get() - before).as("admission, and the end of the probe").isEqualTo(2);
    }
}
