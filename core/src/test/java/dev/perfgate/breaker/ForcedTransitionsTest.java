package dev.perfgate.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An operator forces a breaker open, disables it, or resets it; each is a state change of its own generation. */
class ForcedTransitionsTest {

    private static final IllegalStateException DOWN = new IllegalStateException("auth service down");

    private final FakeClock clock = new FakeClock();
    private final CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().countWindow(4)
            .minimumCalls(4).consecutiveFailures(2).openWait(Duration.ofSeconds(5)).successesToClose(1)
            .build(), clock);
    private final List<Transition> transitions = new CopyOnWriteArrayList<>();

    ForcedTransitionsTest() {
        breaker.addListener(transitions::add);
    }

    @Test
    void forcedOpenRefusesEveryCallAndNoWaitEndsIt() {
        assertThat(breaker.forceOpen()).isTrue();
        clock.advance(Duration.ofDays(1));
        AtomicInteger made = new AtomicInteger();
        assertThatThrownBy(() -> breaker.executeSupplier(made::incrementAndGet))
                .isInstanceOfSatisfying(CallNotPermittedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.FORCED_OPEN))
                .hasMessageContaining("FORCED_OPEN");
        assertThat(made).hasValue(0);
        assertThat(breaker.state()).isEqualTo(BreakerState.FORCED_OPEN);
        assertThat(breaker.metrics().rejectedCalls()).isEqualTo(1);
        assertThat(breaker.forceOpen()).as("already forced open").isFalse();
        assertThat(transitions).extracting(Transition::from, Transition::to, Transition::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BreakerState.CLOSED, BreakerState.FORCED_OPEN,
                        TransitionCause.FORCED_OPEN));
    }

    @Test
    void aDisabledBreakerPermitsEveryCallAndNeverTrips() {
        assertThat(breaker.disable()).isTrue();
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> breaker.executeSupplier(() -> {
                throw DOWN;
            })).isSameAs(DOWN);
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.DISABLED);
        BreakerMetrics metrics = breaker.metrics();
        assertThat(metrics.calls()).as("nothing recorded").isZero();
        assertThat(metrics.consecutiveFailures()).isZero();
        assertThat(metrics.totalCalls()).as("but every call counted").isEqualTo(100);
        assertThat(metrics.rejectedCalls()).isZero();
        assertThat(breaker.disable()).isFalse();
    }

    @Test
    void resetStartsAnEmptyClosedWindowFromAnyState() {
        failTwice();
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        breaker.reset();
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(breaker.executeSupplier(() -> "ok")).isEqualTo("ok");

        // A CLOSED breaker is reset too: its run of failures is forgotten.
        assertThatThrownBy(() -> breaker.executeSupplier(() -> {
            throw DOWN;
        })).isSameAs(DOWN);
        assertThat(breaker.metrics().consecutiveFailures()).isEqualTo(1);
        breaker.reset();
        assertThat(breaker.metrics().consecutiveFailures()).isZero();
        assertThat(breaker.metrics().calls()).isZero();

        breaker.forceOpen();
        breaker.reset();
        breaker.disable();
        breaker.reset();
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(transitions).extracting(Transition::cause).containsExactly(
                TransitionCause.CONSECUTIVE_FAILURES, TransitionCause.RESET, TransitionCause.RESET,
                TransitionCause.FORCED_OPEN, TransitionCause.RESET, TransitionCause.DISABLED, TransitionCause.RESET);
        assertThat(transitions).extracting(Transition::generation).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void forcingOneStateFromTheOtherNeedsNoReset() {
        breaker.forceOpen();
        assertThat(breaker.disable()).isTrue();
        assertThat(breaker.executeSupplier(() -> "ok")).isEqualTo("ok");
        assertThat(breaker.forceOpen()).isTrue();
        assertThat(breaker.state()).isEqualTo(BreakerState.FORCED_OPEN);
    }

    /** A call admitted before a forced change reports into a generation that has ended: stale, it moves nothing. */
    @Test
    void aCallAdmittedBeforeTheChangeIsStaleAfterIt() {
        GrantedPermit before = Breakers.acquire(breaker);
        breaker.disable();
        breaker.reset();
        breaker.onFailure(before, 0);
        breaker.onFailure(before, 0);
        assertThat(breaker.state()).as("two failures would have tripped it").isEqualTo(BreakerState.CLOSED);
        assertThat(breaker.metrics().staleResults()).isEqualTo(2);
    }

    /** A HALF_OPEN probe that succeeds after the breaker was forced open must not close it. */
    @Test
    void aProbeSuccessAfterForceOpenDoesNotClose() {
        failTwice();
        clock.advance(Duration.ofSeconds(5));
        GrantedPermit probe = Breakers.acquire(breaker);
        assertThat(probe.isProbe()).isTrue();
        breaker.forceOpen();
        breaker.onSuccess(probe, 0);
        assertThat(breaker.state()).isEqualTo(BreakerState.FORCED_OPEN);
        assertThat(breaker.metrics().staleResults()).isEqualTo(1);
    }

    private void failTwice() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> breaker.executeSupplier(() -> {
                throw DOWN;
            })).isSameAs(DOWN);
        }
    }
}
