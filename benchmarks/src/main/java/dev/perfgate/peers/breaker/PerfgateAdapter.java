package dev.perfgate.peers.breaker;

import dev.perfgate.breaker.BreakerConfig;
import dev.perfgate.breaker.BreakerState;
import dev.perfgate.breaker.CircuitBreaker;
import dev.perfgate.breaker.Rejection;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * perfgate's breaker behind the facade. Its minimum calls equal the window (as resilience4j's
 * defaults have it) and its own consecutive-failure rule stays on at the default, so it pays for
 * a rule the peers do not have. It goes through the breaker's only public way in, a guarded call,
 * with slow-call detection off: the peers are handed {@code elapsedNanos} and read no clock, and
 * a perfgate breaker without slow-call detection reads none either, so neither side pays for
 * timing. What timing costs perfgate is {@code CircuitBreakerBenchmark.closedTimedPerfgate}.
 * Thread-safe.
 */
final class PerfgateAdapter implements BreakerFacade {

    private static final RuntimeException FAILURE = new IllegalStateException("auth call failed");
    private static final Supplier<Boolean> SUCCEEDS = () -> Boolean.TRUE;
    private static final Supplier<Boolean> FAILS = () -> {
        throw FAILURE;
    };
    private static final Function<Rejection, Boolean> REFUSED = rejection -> Boolean.FALSE;

    private final CircuitBreaker breaker;

    PerfgateAdapter(PeerSettings settings) {
        this(new CircuitBreaker(BreakerConfig.builder()
                .countWindow(settings.windowSize())
                .minimumCalls(settings.windowSize())
                .failureRatePercent(settings.failureRatePercent())
                .openWait(settings.openWait())
                .slowCallDuration(settings.slowCall())
                .withoutSlowCallDetection()
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
        return breaker.executeSupplier(SUCCEEDS, REFUSED);
    }

    @Override
    public boolean tryAcquire() {
        // On an OPEN breaker (where this is measured) the call is refused and never made.
        return breaker.executeSupplier(SUCCEEDS, REFUSED);
    }

    @Override
    public void trip() {
        for (int i = 0; i < 10_000 && breaker.state() != BreakerState.OPEN; i++) {
            fail();
        }
        if (breaker.state() != BreakerState.OPEN) {
            throw new IllegalStateException("perfgate breaker did not open: " + breaker.metrics());
        }
    }

    @Override
    public boolean recoveryCycle() {
        fail();
        return breaker.executeSupplier(SUCCEEDS, REFUSED);
    }

    private void fail() {
        try {
            breaker.executeSupplier(FAILS, REFUSED);
        } catch (IllegalStateException expected) {
            // the failure the call was meant to report
        }
    }
}
