package dev.perfgate.peers.breaker;

import dev.perfgate.breaker.BreakerConfig;
import dev.perfgate.breaker.BreakerState;
import dev.perfgate.breaker.CircuitBreaker;
import dev.perfgate.breaker.Permit;
import java.time.Duration;

/**
 * perfgate's breaker behind the facade. Its minimum calls equal the window (as resilience4j's
 * defaults have it) and its own consecutive-failure rule stays on at the default, so it pays for
 * a rule the peers do not have. Thread-safe.
 */
final class PerfgateAdapter implements BreakerFacade {

    private final CircuitBreaker breaker;

    PerfgateAdapter(PeerSettings settings) {
        this(new CircuitBreaker(BreakerConfig.builder()
                .countWindow(settings.windowSize())
                .minimumCalls(settings.windowSize())
                .failureRatePercent(settings.failureRatePercent())
                .openWait(settings.openWait())
                .slowCallDuration(settings.slowCall())
                .build()));
    }

    private PerfgateAdapter(CircuitBreaker breaker) {
        this.breaker = breaker;
    }

    static PerfgateAdapter cycling() {
        return new PerfgateAdapter(new CircuitBreaker(BreakerConfig.builder()
                .countWindow(1).minimumCalls(1).failureRatePercent(100).consecutiveFailures(1)
                .openWait(Duration.ZERO).successesToClose(1).maxConcurrentProbes(1).build()));
    }

    @Override
    public boolean acquireAndRecordSuccess(long elapsedNanos) {
        Permit permit = breaker.tryAcquire();
        if (permit.granted()) {
            breaker.onSuccess(permit, elapsedNanos);
            return true;
        }
        return false;
    }

    @Override
    public boolean tryAcquire() {
        return breaker.tryAcquire().granted();
    }

    @Override
    public void trip() {
        for (int i = 0; i < 10_000 && breaker.state() != BreakerState.OPEN; i++) {
            Permit permit = breaker.tryAcquire();
            if (permit.granted()) {
                breaker.onFailure(permit, 0);
            }
        }
        if (breaker.state() != BreakerState.OPEN) {
            throw new IllegalStateException("perfgate breaker did not open: " + breaker.metrics());
        }
    }

    @Override
    public boolean recoveryCycle() {
        breaker.onFailure(breaker.tryAcquire(), 0);
        Permit probe = breaker.tryAcquire();
        breaker.onSuccess(probe, 0);
        return probe.granted();
    }
}
