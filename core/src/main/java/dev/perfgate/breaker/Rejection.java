package dev.perfgate.breaker;

/**
 * Why a {@link CircuitBreaker} refused a call (see {@link CallNotPermittedException}). Shared constants, so a rejection
 * allocates nothing. Immutable and thread-safe.
 */
public enum Rejection implements Permit {
    /** The breaker is OPEN and its wait has not passed. */
    OPEN,
    /** The breaker is HALF_OPEN and every probe slot is taken. */
    PROBES_BUSY,
    /** The breaker was forced open ({@link CircuitBreaker#forceOpen()}) and stays so until reset. */
    FORCED_OPEN;

    @Override
    public boolean granted() {
        return false;
    }
}
