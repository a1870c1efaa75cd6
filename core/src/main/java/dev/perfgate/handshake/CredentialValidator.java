package dev.perfgate.handshake;

import java.util.function.Consumer;

/**
 * Validates a connection's credential (for example a JWT access token) for the handshake.
 *
 * <p>The auth package's token validator is adapted to this interface, so the state machine does
 * not depend on it. Implementations must be thread-safe and may complete {@code onResult} on any
 * thread, synchronously or later, exactly once per call.
 */
@FunctionalInterface
public interface CredentialValidator {

    /** Starts validating {@code credential}; reports the outcome to {@code onResult}. */
    void validate(String credential, Consumer<AuthOutcome> onResult);
}
