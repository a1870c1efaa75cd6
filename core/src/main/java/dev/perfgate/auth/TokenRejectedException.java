package dev.perfgate.auth;

import java.util.Objects;

/**
 * The one exception {@link TokenValidator#validate(String)} throws: carries a
 * {@link RejectionReason} and a human-readable detail that never echoes secret material.
 *
 * <p>No stack trace is captured: rejections are an expected, attacker-driven outcome on a hot
 * path, and filling a stack trace would cost more than validating. Immutable; thread-safe.
 */
public final class TokenRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    public TokenRejectedException(RejectionReason reason, String detail) {
        super(Objects.requireNonNull(reason, "reason") + ": " + detail, null, false, false);
        this.reason = reason;
    }

    /** The machine-readable reason. */
    public RejectionReason reason() {
        return reason;
    }
}
