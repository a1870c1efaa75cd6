package dev.perfgate.breaker;

/** Codes the breaker stress tests report outcomes with. */
final class Outcomes {

    static final int REFUSED_BUSY = 0;
    static final int REFUSED_OPEN = 1;
    static final int PROBE_OF_ENDED_GENERATION = 2;
    static final int PROBE_OF_LATER_GENERATION = 3;

    private Outcomes() {
    }

    /** What a caller got, relative to the HALF_OPEN generation the test started in. */
    static int code(Permit permit, long startGeneration) {
        if (permit == Rejection.PROBES_BUSY) {
            return REFUSED_BUSY;
        }
        if (permit == Rejection.OPEN) {
            return REFUSED_OPEN;
        }
        GrantedPermit granted = (GrantedPermit) permit;
        return granted.generation() == startGeneration ? PROBE_OF_ENDED_GENERATION : PROBE_OF_LATER_GENERATION;
    }

    /** 1 for a granted probe, else 0. */
    static int probes(Permit permit) {
        return permit instanceof GrantedPermit granted && granted.isProbe() ? 1 : 0;
    }
}
