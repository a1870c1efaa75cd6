package dev.perfgate.peers.breaker;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.util.concurrent.TimeUnit;

/**
 * resilience4j's breaker behind the facade, count-based, with its faster {@code LOCK_FREE}
 * window strategy so it races at its best. Thread-safe.
 */
final class Resilience4jAdapter implements BreakerFacade {

    private static final Exception FAILURE = new IllegalStateException("auth call failed");

    private final CircuitBreaker breaker;

    Resilience4jAdapter(PeerSettings settings) {
        this(CircuitBreakerConfig.custom()
                .slidingWindow(settings.windowSize(), settings.windowSize(), SlidingWindowType.COUNT_BASED,
                        SlidingWindowSynchronizationStrategy.LOCK_FREE)
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openWait())
                .slowCallDurationThreshold(settings.slowCall())
                .build());
    }

    private Resilience4jAdapter(CircuitBreakerConfig config) {
        this.breaker = CircuitBreaker.of("auth", config);
    }

    static Resilience4jAdapter cycling() {
        return new Resilience4jAdapter(CircuitBreakerConfig.custom()
                .slidingWindow(1, 1, SlidingWindowType.COUNT_BASED, SlidingWindowSynchronizationStrategy.LOCK_FREE)
                .failureRateThreshold(100)
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    @Override
    public boolean acquireAndRecordSuccess(long elapsedNanos) {
        if (breaker.tryAcquirePermission()) {
            breaker.onSuccess(elapsedNanos, TimeUnit.NANOSECONDS);
            return true;
        }
        return false;
    }

    @Override
    public boolean tryAcquire() {
        return breaker.tryAcquirePermission();
    }

    @Override
    public void trip() {
        for (int i = 0; i < 10_000 && breaker.getState() != CircuitBreaker.State.OPEN; i++) {
            if (breaker.tryAcquirePermission()) {
                breaker.onError(0, TimeUnit.NANOSECONDS, FAILURE);
            }
        }
        if (breaker.getState() != CircuitBreaker.State.OPEN) {
            throw new IllegalStateException("resilience4j breaker did not open: " + breaker.getState());
        }
    }

    @Override
    public boolean recoveryCycle() {
        if (breaker.tryAcquirePermission()) {
            breaker.onError(0, TimeUnit.NANOSECONDS, FAILURE);
        }
        // Its wait in OPEN cannot be below 1 ms, so the OPEN → HALF_OPEN step is taken explicitly.
        breaker.transitionToHalfOpenState();
        boolean probe = breaker.tryAcquirePermission();
        if (probe) {
            breaker.onSuccess(0, TimeUnit.NANOSECONDS);
        }
        return probe;
    }
}
