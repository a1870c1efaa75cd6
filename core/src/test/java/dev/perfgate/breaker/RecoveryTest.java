package dev.perfgate.breaker;

import static dev.perfgate.breaker.Breakers.acquire;
import static dev.perfgate.breaker.Breakers.fail;
import static dev.perfgate.breaker.Breakers.succeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OPEN → HALF_OPEN → CLOSED/OPEN, stale results, probe expiry and recovery progress. */
class RecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final FakeClock clock = new FakeClock();
    private final List<Transition> transitions = new ArrayList<>();
    private final CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder()
            .consecutiveFailures(2).minimumCalls(100).openWait(WAIT).maxConcurrentProbes(2)
            .successesToClose(3).probeTimeout(PROBE_TIMEOUT).slowCallDuration(Duration.ofSeconds(1))
            .build(), clock);

    RecoveryTest() {
        breaker.addListener(transitions::add);
    }

    private void tripAndWait() {
        fail(breaker, 2);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        clock.advance(WAIT);
    }

    @Test
    void openRejectsUntilTheWaitHasPassedThenMovesToHalfOpenLazily() {
        fail(breaker, 2);
        clock.advanceNanos(WAIT.toNanos() - 1);
        assertThat(breaker.tryAcquire()).isEqualTo(Rejection.OPEN);
        clock.advanceNanos(1);
        GrantedPermit probe = acquire(breaker);
        assertThat(probe.isProbe()).isTrue();
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(transitions).extracting(Transition::cause)
                .containsExactly(TransitionCause.CONSECUTIVE_FAILURES, TransitionCause.WAIT_ELAPSED);
    }

    /** With no traffic at all, a look at the breaker still tells that its wait has passed. */
    @Test
    void stateAndMetricsTellThatTheWaitHasPassedEvenWithNoTraffic() {
        fail(breaker, 2);
        clock.advanceNanos(WAIT.toNanos() - 1);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        clock.advanceNanos(1);
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(transitions).extracting(Transition::cause)
                .containsExactly(TransitionCause.CONSECUTIVE_FAILURES, TransitionCause.WAIT_ELAPSED);

        breaker.onFailure(acquire(breaker), 0);
        clock.advance(WAIT);
        assertThat(breaker.metrics().state()).isEqualTo(BreakerState.HALF_OPEN);
    }

    @Test
    void halfOpenAdmitsOnlyTheConfiguredProbesAndClosesAfterTheConfiguredSuccesses() {
        tripAndWait();
        GrantedPermit first = acquire(breaker);
        GrantedPermit second = acquire(breaker);
        assertThat(breaker.tryAcquire()).isEqualTo(Rejection.PROBES_BUSY);
        assertThat(breaker.metrics().probesInFlight()).isEqualTo(2);

        breaker.onSuccess(first, 0);
        assertThat(breaker.metrics().probeSuccesses()).isEqualTo(1);
        assertThat(breaker.metrics().recoveryProgress()).isEqualTo(1.0 / 3);
        breaker.onSuccess(second, 0);
        assertThat(breaker.metrics().recoveryProgress()).isEqualTo(2.0 / 3);
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        breaker.onSuccess(acquire(breaker), 0);

        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(transitions).last().satisfies(t -> {
            assertThat(t.cause()).isEqualTo(TransitionCause.RECOVERED);
            assertThat(t.generation()).isEqualTo(3);
        });
        BreakerMetrics closed = breaker.metrics();
        assertThat(closed.calls()).isZero(); // a fresh window: the failures that tripped it are gone
        assertThat(closed.recoveryProgress()).isZero();
    }

    @Test
    void aProbeFailureOrASlowProbeReopens() {
        tripAndWait();
        breaker.onFailure(acquire(breaker), 0);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(transitions).last().extracting(Transition::cause).isEqualTo(TransitionCause.PROBE_FAILED);

        clock.advance(WAIT);
        breaker.onSuccess(acquire(breaker), Duration.ofSeconds(1).toNanos() + 1);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(transitions).last().extracting(Transition::cause).isEqualTo(TransitionCause.PROBE_FAILED);
    }

    @Test
    void aLateSuccessFromBeforeTheTripCannotCloseHalfOpen() {
        GrantedPermit admittedWhileClosed = acquire(breaker);
        tripAndWait();
        GrantedPermit probe = acquire(breaker);
        for (int i = 0; i < 3; i++) {
            breaker.onSuccess(admittedWhileClosed, 0); // even reported again and again
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(breaker.metrics().probeSuccesses()).isZero();
        assertThat(breaker.metrics().staleResults()).isEqualTo(3);

        breaker.onFailure(admittedWhileClosed, 0); // nor can a stale failure reopen it
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        breaker.onSuccess(probe, 0);
        assertThat(breaker.metrics().probeSuccesses()).isEqualTo(1);
    }

    @Test
    void aLateFailureFromAnEarlierClosedGenerationIsNotCountedAfterRecovery() {
        GrantedPermit admittedLongAgo = acquire(breaker);
        tripAndWait();
        succeed(breaker, 3);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        breaker.onFailure(admittedLongAgo, 0);
        breaker.onFailure(admittedLongAgo, 0); // two would trip it (consecutiveFailures = 2) if counted
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(breaker.metrics().calls()).isZero();
        assertThat(breaker.metrics().staleResults()).isEqualTo(2);
    }

    @Test
    void aStaleProbeResultCannotMoveALaterGeneration() {
        tripAndWait();
        GrantedPermit oldProbe = acquire(breaker);
        breaker.onFailure(acquire(breaker), 0); // reopens while oldProbe is in flight
        clock.advance(WAIT);
        acquire(breaker);                        // a new HALF_OPEN generation
        breaker.onFailure(oldProbe, 0);
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(breaker.metrics().staleResults()).isEqualTo(1);
    }

    @Test
    void aProbeThatNeverReportsExpiresAndCountsAsAFailure() {
        tripAndWait();
        GrantedPermit lost = acquire(breaker);
        acquire(breaker);
        clock.advanceNanos(PROBE_TIMEOUT.toNanos() - 1);
        assertThat(breaker.tryAcquire()).isEqualTo(Rejection.PROBES_BUSY);
        clock.advanceNanos(1);
        assertThat(breaker.tryAcquire()).isEqualTo(Rejection.OPEN);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(transitions).last().extracting(Transition::cause).isEqualTo(TransitionCause.PROBE_EXPIRED);

        breaker.onSuccess(lost, 0); // its late report moves nothing
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.metrics().staleResults()).isEqualTo(1);

        clock.advance(WAIT); // and the breaker recovers normally
        succeed(breaker, 3);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void aProbeReportingAfterItsTimeoutCountsAsExpiredEvenIfSuccessful() {
        tripAndWait();
        GrantedPermit late = acquire(breaker);
        clock.advance(PROBE_TIMEOUT);
        breaker.onSuccess(late, 0);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(transitions).last().extracting(Transition::cause).isEqualTo(TransitionCause.PROBE_EXPIRED);
    }

    @Test
    void aThrowingListenerIsCountedAndDoesNotBreakTheBreaker() {
        breaker.addListener(t -> {
            throw new IllegalStateException("listener bug");
        });
        fail(breaker, 2);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.metrics().listenerFailures()).isEqualTo(1);
        assertThat(transitions).hasSize(1);
    }

    @Test
    void misuseIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> breaker.onSuccess(Rejection.OPEN, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPEN");
        GrantedPermit permit = acquire(breaker);
        assertThatThrownBy(() -> breaker.onFailure(permit, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elapsedNanos").hasMessageContaining("-1");
        assertThatThrownBy(() -> breaker.addListener(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
