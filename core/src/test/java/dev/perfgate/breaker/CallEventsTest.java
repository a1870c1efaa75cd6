package dev.perfgate.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Per-call events: every call made is told with its outcome and duration, every refusal with its reason. */
class CallEventsTest {

    private static final IllegalStateException DOWN = new IllegalStateException("auth service down");

    /** One event as a listener heard it. */
    private record Heard(CallOutcome outcome, long elapsedNanos, Throwable thrown, Rejection rejection) {
    }

    private final FakeClock clock = new FakeClock();
    private final List<Heard> heard = new CopyOnWriteArrayList<>();
    private final CallListener listener = new CallListener() {
        @Override
        public void onCall(CallOutcome outcome, long elapsedNanos, Throwable thrown) {
            heard.add(new Heard(outcome, elapsedNanos, thrown, null));
        }

        @Override
        public void onRejected(Rejection rejection) {
            heard.add(new Heard(null, -1, null, rejection));
        }
    };
    /** Cancellation is the caller's own doing: it says nothing about the service. */
    private final CallClassifier ignoresCancellation = new CallClassifier() {
        @Override
        public boolean isIgnored(Throwable thrown) {
            return thrown instanceof CancellationException;
        }
    };

    private CircuitBreaker breaker(BreakerConfig.Builder config) {
        CircuitBreaker breaker = new CircuitBreaker(config.build(), clock, ignoresCancellation);
        breaker.addCallListener(listener);
        return breaker;
    }

    @Test
    void eachOutcomeIsToldOnceWithItsDuration() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder().consecutiveFailures(2)
                .slowCallDuration(Duration.ofMillis(100)));
        breaker.executeSupplier(() -> "fast");
        breaker.executeSupplier(() -> {
            clock.advance(Duration.ofMillis(101));
            return "slow";
        });
        CancellationException cancelled = new CancellationException("caller gave up");
        assertThatThrownBy(() -> breaker.executeRunnable(() -> {
            throw cancelled;
        })).isSameAs(cancelled);
        assertThatThrownBy(() -> breaker.executeSupplier(() -> {
            throw DOWN;
        })).isSameAs(DOWN);
        assertThatThrownBy(() -> breaker.executeSupplier(() -> {
            clock.advance(Duration.ofMillis(200));
            throw DOWN;
        })).isSameAs(DOWN);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.executeSupplier(() -> "never made", rejection -> "refused")).isEqualTo("refused");

        assertThat(heard).extracting(Heard::outcome, Heard::elapsedNanos, Heard::thrown, Heard::rejection)
                .containsExactly(
                        tuple(CallOutcome.SUCCESS, 0L, null, null),
                        tuple(CallOutcome.SLOW_SUCCESS, 101_000_000L, null, null),
                        tuple(CallOutcome.IGNORED, 0L, cancelled, null),
                        tuple(CallOutcome.FAILURE, 0L, DOWN, null),
                        tuple(CallOutcome.SLOW_FAILURE, 200_000_000L, DOWN, null),
                        tuple(null, -1L, null, Rejection.OPEN));
        BreakerMetrics metrics = breaker.metrics();
        assertThat(metrics.totalCalls()).isEqualTo(6);
        assertThat(metrics.rejectedCalls()).isEqualTo(1);
    }

    /** An ignored call leaves the window as it was: the run of failures it came between is unbroken. */
    @Test
    void anIgnoredCallCountsNeitherWay() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder().consecutiveFailures(2));
        assertThatThrownBy(() -> breaker.executeSupplier(() -> {
            throw DOWN;
        })).isSameAs(DOWN);
        assertThatThrownBy(() -> breaker.executeSupplier(() -> {
            throw new CancellationException();
        })).isInstanceOf(CancellationException.class);
        assertThat(breaker.metrics().calls()).isEqualTo(1);
        assertThat(breaker.metrics().consecutiveFailures()).isEqualTo(1);
    }

    /** An ignored probe frees its slot for the next probe and does not count towards closing. */
    @Test
    void anIgnoredProbeFreesItsSlot() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder().consecutiveFailures(1).openWait(Duration.ZERO)
                .maxConcurrentProbes(1).successesToClose(1));
        assertThatThrownBy(() -> breaker.executeSupplier(() -> {
            throw DOWN;
        })).isSameAs(DOWN);
        assertThatThrownBy(() -> breaker.executeSupplier(() -> {
            throw new CancellationException();
        })).isInstanceOf(CancellationException.class);
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(breaker.metrics().probesInFlight()).isZero();
        assertThat(breaker.executeSupplier(() -> "recovered")).isEqualTo("recovered");
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void aStageIsToldWhenItCompletes() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder());
        CompletableFuture<String> pending = new CompletableFuture<>();
        var guarded = breaker.executeCompletionStage(() -> pending);
        assertThat(heard).isEmpty();
        clock.advance(Duration.ofMillis(7));
        pending.completeExceptionally(DOWN);
        assertThat(guarded.toCompletableFuture()).isCompletedExceptionally();
        assertThat(heard).extracting(Heard::outcome, Heard::elapsedNanos, Heard::thrown)
                .containsExactly(tuple(CallOutcome.FAILURE, 7_000_000L, DOWN));
    }

    @Test
    void aThrowingListenerIsCountedAndNeverReachesTheCaller() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder());
        breaker.addCallListener(new CallListener() {
            @Override
            public void onCall(CallOutcome outcome, long elapsedNanos, Throwable thrown) {
                throw new IllegalStateException("listener bug");
            }
        });
        assertThat(breaker.executeSupplier(() -> "ok")).isEqualTo("ok");
        assertThat(breaker.metrics().listenerFailures()).isEqualTo(1);
        assertThat(heard).hasSize(1);
    }
}
