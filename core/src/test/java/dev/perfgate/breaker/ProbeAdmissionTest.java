package dev.perfgate.breaker;

import static dev.perfgate.breaker.Breakers.acquire;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * HALF_OPEN admission and probe reporting, with the interleavings that broke them made
 * deterministic: a clock that runs another "thread's" step at the moment it is read.
 */
class ProbeAdmissionTest {

    /**
     * tryAcquire reads HALF_OPEN, reads the clock, then claims a slot. If the only probe fails in
     * that gap (reopening the breaker and freeing its slot), the slot claimed belongs to a
     * generation that has ended: the caller must not get a permit for it.
     */
    @Test
    void aProbeSlotFreedByAReopeningIsNotGrantedToAnEndedGeneration() {
        SteppingClock clock = new SteppingClock();
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().consecutiveFailures(1)
                .openWait(Duration.ofSeconds(1)).maxConcurrentProbes(1).successesToClose(1).build(), clock);
        breaker.onFailure(acquire(breaker), 0);
        clock.advanceNanos(Duration.ofSeconds(1).toNanos());
        GrantedPermit first = acquire(breaker);
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);

        clock.onNextRead(() -> breaker.onFailure(first, 0)); // the probe fails inside tryAcquire
        Permit racing = breaker.tryAcquire();

        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(racing).as("a permit of the ended HALF_OPEN generation").isEqualTo(Rejection.OPEN);
    }

    /**
     * With a frozen clock every probe carries the same issue time, so a duplicate report of a
     * settled probe must not be taken for the probe now holding its slot.
     */
    @Test
    void aDuplicateProbeReportCannotSettleAnotherProbeInTheSameSlot() {
        SteppingClock clock = new SteppingClock();
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().consecutiveFailures(1)
                .openWait(Duration.ZERO).maxConcurrentProbes(1).successesToClose(2).build(), clock);
        breaker.onFailure(acquire(breaker), 0);
        GrantedPermit first = acquire(breaker);
        breaker.onSuccess(first, 0);
        GrantedPermit second = acquire(breaker); // same slot, same issue time

        breaker.onSuccess(first, 0); // reported again by mistake

        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(breaker.metrics().probeSuccesses()).isEqualTo(1);
        assertThat(breaker.metrics().probesInFlight()).isEqualTo(1);
        assertThat(breaker.metrics().staleResults()).isEqualTo(1);
        breaker.onSuccess(second, 0);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void aFailedProbesSlotIsNotHandedOutAgainBeforeTheBreakerReopens() {
        SteppingClock clock = new SteppingClock();
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().consecutiveFailures(1)
                .openWait(Duration.ofSeconds(1)).maxConcurrentProbes(1).successesToClose(1).build(), clock);
        breaker.onFailure(acquire(breaker), 0);
        clock.advanceNanos(Duration.ofSeconds(1).toNanos());
        GrantedPermit probe = acquire(breaker);
        // The failure report reads the clock once it has settled the probe: a caller admitted
        // then would hold a probe of a generation its failure is about to end.
        Permit[] admitted = new Permit[1];
        clock.onNextRead(() -> admitted[0] = breaker.tryAcquire());
        breaker.onFailure(probe, 0);
        assertThat(admitted[0]).isNotNull().isNotInstanceOf(GrantedPermit.class);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }
}
