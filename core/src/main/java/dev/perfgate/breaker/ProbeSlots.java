package dev.perfgate.breaker;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The HALF_OPEN probes in flight: one slot per allowed concurrent probe, holding the probe's own
 * permit, or nothing. Claiming and settling are CASes on a slot, so more probes than slots can
 * never be in flight.
 *
 * <p>A slot is matched by the identity of the permit it holds, never by its issue time: with a
 * coarse or frozen clock two probes share an issue time, and a duplicate report of a settled
 * probe would otherwise free the slot of the probe that holds it now. A failed probe's slot is
 * closed for good (the failure ends the generation), so no caller is admitted in between the
 * failure's CAS and the reopening. Thread-safe.
 */
final class ProbeSlots {

    /** Held by a slot whose probe failed: the generation is ending, admit nobody. */
    private static final GrantedPermit CLOSED = new GrantedPermit(-1, GrantedPermit.NOT_A_PROBE, 0);

    private final AtomicReferenceArray<GrantedPermit> probes;

    ProbeSlots(int slots) {
        probes = new AtomicReferenceArray<>(slots);
    }

    /** A probe of {@code generation} in a free slot, issued at {@code nowNanos}; null when none is free. */
    GrantedPermit claim(long generation, long nowNanos) {
        for (int i = 0; i < probes.length(); i++) {
            if (probes.get(i) == null) {
                GrantedPermit probe = new GrantedPermit(generation, i, nowNanos);
                if (probes.compareAndSet(i, null, probe)) {
                    return probe;
                }
            }
        }
        return null;
    }

    /** Frees the probe's slot after a success; false when this probe was already settled. */
    boolean release(GrantedPermit probe) {
        return probes.compareAndSet(probe.probeSlot(), probe, null);
    }

    /** Closes the probe's slot after a failure; false when this probe was already settled. */
    boolean closeOnFailure(GrantedPermit probe) {
        return probes.compareAndSet(probe.probeSlot(), probe, CLOSED);
    }

    /** Whether some probe in flight was issued {@code timeoutNanos} or longer before {@code nowNanos}. */
    boolean anyExpired(long nowNanos, long timeoutNanos) {
        for (int i = 0; i < probes.length(); i++) {
            GrantedPermit probe = probes.get(i);
            if (probe != null && probe != CLOSED && nowNanos - probe.issuedAtNanos() >= timeoutNanos) {
                return true;
            }
        }
        return false;
    }

    int inFlight() {
        int n = 0;
        for (int i = 0; i < probes.length(); i++) {
            GrantedPermit probe = probes.get(i);
            if (probe != null && probe != CLOSED) {
                n++;
            }
        }
        return n;
    }
}
