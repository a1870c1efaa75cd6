package dev.perfgate.breaker;

/**
 * Leave to make one call, stamped with the breaker generation that granted it.
 *
 * <p>A result reported for a permit of an earlier generation is stale and moves nothing: that is
 * what stops a late success of a call admitted while CLOSED from closing a HALF_OPEN breaker.
 * In CLOSED every caller shares the generation's one permit instance, so acquiring allocates
 * nothing; a HALF_OPEN probe gets its own permit naming its probe slot. Only the breaker creates
 * permits. Immutable and thread-safe.
 */
final class GrantedPermit implements Permit {

    static final int NOT_A_PROBE = -1;

    private final long generation;
    private final int probeSlot;
    private final long issuedAtNanos;

    GrantedPermit(long generation, int probeSlot, long issuedAtNanos) {
        this.generation = generation;
        this.probeSlot = probeSlot;
        this.issuedAtNanos = issuedAtNanos;
    }

    @Override
    public boolean granted() {
        return true;
    }

    /** The breaker generation that granted this permit. */
    public long generation() {
        return generation;
    }

    /** Whether this permit is a HALF_OPEN probe. */
    public boolean isProbe() {
        return probeSlot != NOT_A_PROBE;
    }

    int probeSlot() {
        return probeSlot;
    }

    long issuedAtNanos() {
        return issuedAtNanos;
    }

    @Override
    public String toString() {
        return isProbe()
                ? "GrantedPermit[generation=" + generation + ", probeSlot=" + probeSlot + "]"
                : "GrantedPermit[generation=" + generation + "]";
    }
}
