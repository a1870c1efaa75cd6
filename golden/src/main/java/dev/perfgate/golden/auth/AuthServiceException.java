package dev.perfgate.golden.auth;

/**
 * The auth service answered a session check with a status that is neither yes nor no (a 5xx):
 * a failure of the service, counted by the circuit breaker. Immutable; thread-safe.
 */
public final class AuthServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public AuthServiceException(int status) {
        super("auth service answered " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
