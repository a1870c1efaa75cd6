package dev.perfgate.peers.breaker;

/**
 * The few breaker operations the benchmarks race, over one library's breaker. Adapters are as
 * thread-safe as the breaker they wrap (all three are).
 */
public interface BreakerFacade {

    /** Acquires a permit and, when granted, records a success that took {@code elapsedNanos}. */
    boolean acquireAndRecordSuccess(long elapsedNanos);

    /** Only asks for a permit (measured on an OPEN breaker, where the answer is no). */
    boolean tryAcquire();

    /** Records failures until the breaker is OPEN; fails loudly if it does not open. */
    void trip();

    /**
     * One recovery cycle on a breaker that trips on one failure and closes on one probe success:
     * a failure trips it, the next acquire is a HALF_OPEN probe, its success closes it again.
     * Returns whether the probe was granted.
     */
    boolean recoveryCycle();
}
