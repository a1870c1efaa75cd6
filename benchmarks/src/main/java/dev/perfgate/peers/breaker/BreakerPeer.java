package dev.perfgate.peers.breaker;

/**
 * The circuit breakers raced in one JMH run, as the {@code impl} {@code @Param}. Immutable and
 * thread-safe.
 */
public enum BreakerPeer {
    /** dev.perfgate.breaker.CircuitBreaker. */
    perfgate {
        @Override
        public BreakerFacade create(PeerSettings settings) {
            return new PerfgateAdapter(settings);
        }

        @Override
        public BreakerFacade createCycling() {
            return PerfgateAdapter.cycling();
        }
    },
    /** resilience4j-circuitbreaker 2.x, count-based window, lock-free window strategy. */
    resilience4j {
        @Override
        public BreakerFacade create(PeerSettings settings) {
            return new Resilience4jAdapter(settings);
        }

        @Override
        public BreakerFacade createCycling() {
            return Resilience4jAdapter.cycling();
        }
    },
    /** Failsafe 3.x, count-based failure threshold. */
    failsafe {
        @Override
        public BreakerFacade create(PeerSettings settings) {
            return new FailsafeAdapter(settings);
        }

        @Override
        public BreakerFacade createCycling() {
            return FailsafeAdapter.cycling();
        }
    };

    /** A breaker with these settings, CLOSED. */
    public abstract BreakerFacade create(PeerSettings settings);

    /** A breaker that trips on one failure, probes at once and closes on one success. */
    public abstract BreakerFacade createCycling();
}
