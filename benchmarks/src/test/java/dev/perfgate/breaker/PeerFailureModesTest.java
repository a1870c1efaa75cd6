package dev.perfgate.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The two failure modes perfgate's breaker designs out, shown on the peers it is raced against
 * (resilience4j 2.x and Failsafe 3.x, as pinned in the parent pom) next to perfgate itself.
 * If a peer release fixes one, its assertion here fails and the Javadoc of
 * {@link CircuitBreaker} should be updated.
 */
class PeerFailureModesTest {

    private static final Exception FAILURE = new IllegalStateException("auth call failed");

    @Test
    void resilience4jClosesHalfOpenOnALateSuccessAdmittedWhileClosed() {
        var breaker = io.github.resilience4j.circuitbreaker.CircuitBreaker.of("auth", CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED).slidingWindowSize(2).minimumNumberOfCalls(2)
                .failureRateThreshold(50)
                .permittedNumberOfCallsInHalfOpenState(1).waitDurationInOpenState(Duration.ofHours(1)).build());
        assertThat(breaker.tryAcquirePermission()).isTrue(); // a slow call admitted while CLOSED
        for (int i = 0; i < 2; i++) {
            assertThat(breaker.tryAcquirePermission()).isTrue();
            breaker.onError(0, TimeUnit.NANOSECONDS, FAILURE);
        }
        breaker.transitionToHalfOpenState(); // as when its wait has passed
        breaker.onSuccess(0, TimeUnit.NANOSECONDS); // the slow call finally answers
        assertThat(breaker.getState()).isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
    }

    @Test
    void failsafeClosesHalfOpenOnALateSuccessAdmittedWhileClosed() {
        dev.failsafe.CircuitBreaker<Object> breaker = dev.failsafe.CircuitBreaker.builder()
                .withFailureThreshold(2).withSuccessThreshold(1).withDelay(Duration.ofHours(1)).build();
        assertThat(breaker.tryAcquirePermit()).isTrue();
        for (int i = 0; i < 2; i++) {
            assertThat(breaker.tryAcquirePermit()).isTrue();
            breaker.recordFailure();
        }
        breaker.halfOpen();
        breaker.recordSuccess();
        assertThat(breaker.isClosed()).isTrue();
    }

    @Test
    void perfgateIgnoresTheSameLateSuccess() {
        AtomicLong now = new AtomicLong();
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().countWindow(2).minimumCalls(2)
                .consecutiveFailures(2).successesToClose(1).openWait(Duration.ofSeconds(1)).build(), now::get);
        CompletableFuture<String> slowCall = new CompletableFuture<>();
        breaker.executeCompletionStage(() -> slowCall);
        for (int i = 0; i < 2; i++) {
            breaker.executeCompletionStage(() -> CompletableFuture.failedFuture(FAILURE));
        }
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        CompletableFuture<String> probe = new CompletableFuture<>();
        assertThat(breaker.executeCompletionStage(() -> probe).toCompletableFuture()).isNotCompletedExceptionally();
        slowCall.complete("late");
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(breaker.metrics().staleResults()).isEqualTo(1);
    }

    @Test
    void resilience4jStaysHalfOpenForeverWhenItsProbeNeverReports() {
        MutableClock clock = new MutableClock();
        var breaker = io.github.resilience4j.circuitbreaker.CircuitBreaker.of("auth", CircuitBreakerConfig.custom()
                .clock(clock).permittedNumberOfCallsInHalfOpenState(1).build());
        breaker.transitionToOpenState();
        breaker.transitionToHalfOpenState();
        assertThat(breaker.tryAcquirePermission()).isTrue(); // the probe that is never heard of again
        clock.advance(Duration.ofDays(1));
        assertThat(breaker.tryAcquirePermission()).isFalse();
        assertThat(breaker.getState()).isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.HALF_OPEN);
    }

    @Test
    void perfgateExpiresTheLostProbeAndRecovers() {
        AtomicLong now = new AtomicLong();
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().consecutiveFailures(1).successesToClose(1)
                .openWait(Duration.ofSeconds(1)).probeTimeout(Duration.ofSeconds(5)).build(), now::get);
        breaker.executeCompletionStage(() -> CompletableFuture.failedFuture(FAILURE));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        CompletionStage<String> lost = breaker.executeCompletionStage(CompletableFuture::new); // never answers
        assertThat(lost.toCompletableFuture()).isNotCompletedExceptionally();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThatThrownBy(() -> breaker.executeRunnable(() -> { })) // expired: counted as a failure
                .isInstanceOfSatisfying(CallNotPermittedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.OPEN));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        breaker.executeRunnable(() -> { });
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    /** A settable clock for resilience4j; one test thread. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
