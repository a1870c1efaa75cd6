package dev.perfgate.handshake;

import java.util.Objects;

/**
 * The result of validating a connection's credential, as the handshake sees it. The token
 * validator of the auth package is adapted to this, so the state machine does not depend on it.
 * Immutable and thread-safe.
 */
public sealed interface AuthOutcome {

    /** The one granted outcome; shared, so granting allocates nothing. */
    AuthOutcome GRANTED = new Granted();

    /** The credential is valid. */
    record Granted() implements AuthOutcome {
    }

    /**
     * The credential was rejected; the connection fails with this close reason.
     *
     * @param closeReason a 1008 policy violation or a 4xxx application code saying why
     */
    record Denied(CloseReason closeReason) implements AuthOutcome {
        public Denied {
            Objects.requireNonNull(closeReason, "closeReason");
            if (closeReason.code() != CloseReason.POLICY_VIOLATION && !closeReason.isApplicationCode()) {
                throw new IllegalArgumentException("an auth rejection closes with 1008 or a 4xxx code, not "
                        + closeReason.code());
            }
        }
    }

    /** A rejection with a 4xxx application code. */
    static AuthOutcome denied(int applicationCode, String reason) {
        return new Denied(new CloseReason(applicationCode, reason));
    }
}
