package dev.perfgate.breaker;

/**
 * Thrown (or completing a stage exceptionally) when a {@link CircuitBreaker} refuses a call;
 * {@link #rejection()} says why. There is one shared instance per {@link Rejection}, without a
 * stack trace and closed to suppression and to a later cause, so refusing a call allocates
 * nothing. Immutable and thread-safe.
 */
public final class CallNotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final CallNotPermittedException[] BY_REJECTION = {
        new CallNotPermittedException(Rejection.OPEN, "circuit breaker is OPEN: the call was not made"),
        new CallNotPermittedException(Rejection.PROBES_BUSY,
                "circuit breaker is HALF_OPEN and every probe slot is taken: the call was not made"),
        new CallNotPermittedException(Rejection.FORCED_OPEN,
                "circuit breaker is FORCED_OPEN until it is reset: the call was not made"),
    };

    private final Rejection rejection;

    private CallNotPermittedException(Rejection rejection, String message) {
        // A null cause given explicitly makes initCause refuse: the shared instance stays as built.
        super(message, null, false, false);
        this.rejection = rejection;
    }

    static CallNotPermittedException of(Rejection rejection) {
        return BY_REJECTION[rejection.ordinal()];
    }

    /** Why the call was refused. */
    public Rejection rejection() {
        return rejection;
    }
}
