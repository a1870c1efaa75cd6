package dev.perfgate.breaker;

/**
 * Decides which outcomes of a guarded call count as failures of the service. By default every
 * exception does and no result does; a classifier lets a refusal the service answered correctly
 * (an invalid token, say) count as a success, or a result that signals an outage (a 503 kept in
 * a response object) count as a failure, and an exception that says nothing about the service
 * (a caller's own cancellation, say) be ignored: neither success nor failure, it leaves the
 * window as it was and frees a HALF_OPEN probe's slot without counting towards closing.
 * Implementations must be thread-safe, quick and must not throw.
 */
public interface CallClassifier {

    /** Every exception is a failure; every result is a success. */
    CallClassifier DEFAULT = new CallClassifier() {
    };

    /** Whether the call ending with {@code thrown} counts neither way; asked before {@link #isFailure}. */
    default boolean isIgnored(Throwable thrown) {
        return false;
    }

    /** Whether the call ending with {@code thrown} means the service failed. */
    default boolean isFailure(Throwable thrown) {
        return true;
    }

    /** Whether the call returning {@code result} (possibly null) means the service failed. */
    default boolean isFailedResult(Object result) {
        return false;
    }
}
