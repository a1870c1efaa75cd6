package dev.perfgate.peers.breaker;

import dev.failsafe.CircuitBreaker;
import java.time.Duration;

/**
 * Failsafe's breaker behind the facade, with its count-based threshold: trip when
 * {@code failuresToTrip} of the last {@code windowSize} executions failed. Failsafe has no
 * slow-call rule, so the elapsed time is not passed on. Thread-safe.
 */
final class FailsafeAdapter implements BreakerFacade {

    private final CircuitBreaker<Object> breaker;

    FailsafeAdapter(PeerSettings settings) {
        this(CircuitBreaker.builder()
                .withFailureThreshold(settings.failuresToTrip(), settings.windowSize())
                .withDelay(settings.openWait())
                .build());
    }

    private FailsafeAdapter(CircuitBreaker<Object> breaker) {
        this.breaker = breaker;
    }

    static FailsafeAdapter cycling() {
        return new FailsafeAdapter(CircuitBreaker.builder()
                .withFailureThreshold(1)
                .withSuccessThreshold(1)
                .withDelay(Duration.ZERO)
                .build());
    }

    @Override
    public boolean acquireAndRecordSuccess(long elapsedNanos) {
        if (breaker.tryAcquirePermit()) {
            breaker.recordSuccess();
            return true;
        }
        return false;
    }

    @Override
    public boolean tryAcquire() {
        return breaker.tryAcquirePermit();
    }

    @Override
    public void trip() {
        for (int i = 0; i < 10_000 && !breaker.isOpen(); i++) {
            if (breaker.tryAcquirePermit()) {
                breaker.recordFailure();
            }
        }
        if (!breaker.isOpen()) {
            throw new IllegalStateException("Failsafe breaker did not open: " + breaker.getState());
        }
    }

    @Override
    public boolean recoveryCycle() {
        if (breaker.tryAcquirePermit()) {
            breaker.recordFailure();
        }
        boolean probe = breaker.tryAcquirePermit();
        if (probe) {
            breaker.recordSuccess();
        }
        return probe;
    }
}
