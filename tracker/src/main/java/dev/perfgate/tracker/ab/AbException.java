package dev.perfgate.tracker.ab;

/**
 * An A/B cannot go on: a jar that does not run, a fork that failed, no benchmark in common. The
 * message names the jar and what went wrong; the command exits 2. Immutable.
 */
public final class AbException extends RuntimeException {

    public AbException(String message) {
        super(message);
    }

    public AbException(String message, Throwable cause) {
        super(message, cause);
    }
}
