package dev.perfgate.tracker.store;

/**
 * The history database could not do what was asked: it cannot be opened or written, another
 * process holds it for too long, or a run does not exist. The message names the database and the
 * problem; a failed save has stored nothing. Immutable.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
