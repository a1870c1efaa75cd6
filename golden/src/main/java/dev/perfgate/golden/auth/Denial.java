package dev.perfgate.golden.auth;

import dev.perfgate.handshake.AuthOutcome;
import dev.perfgate.handshake.CloseReason;

/**
 * Why the golden path refused a connection's authentication, each with the 4xxx close code the
 * client sees, so a load generator can count failures by cause from the close code alone.
 * Immutable and thread-safe.
 */
public enum Denial {
    /** The access token failed local validation (signature, expiry, issuer, audience, type, kid). */
    TOKEN_REJECTED(4001, "token rejected"),
    /** The auth service says the session is not active. */
    SESSION_REVOKED(4003, "session revoked"),
    /** The auth service answered with an error (5xx) or the call failed on the wire. */
    AUTH_SERVICE_FAILED(4502, "auth service failed"),
    /** The circuit breaker refused the session check: the auth service is presumed down. */
    AUTH_UNAVAILABLE(4503, "auth service unavailable (breaker open)"),
    /** The session check timed out. */
    AUTH_TIMEOUT(4504, "auth service timed out"),
    /** Nothing was left of the handshake deadline for a session check. */
    DEADLINE_SPENT(4008, "handshake deadline spent before the session check");

    private final int code;
    private final String words;

    Denial(int code, String words) {
        this.code = code;
        this.words = words;
    }

    public int code() {
        return code;
    }

    /** The outcome that fails the handshake with this code; {@code detail} goes into the close reason. */
    public AuthOutcome outcome(String detail) {
        String reason = detail == null || detail.isEmpty() ? words : words + ": " + detail;
        return new AuthOutcome.Denied(new CloseReason(code, reason.length() > 100 ? reason.substring(0, 100) : reason));
    }

    /** What a close code means on the golden path, in a few words. */
    public static String describe(int code) {
        for (Denial denial : values()) {
            if (denial.code == code && denial != DEADLINE_SPENT) {
                return denial.words;
            }
        }
        return switch (code) {
            case CloseReason.NORMAL -> "normal closure";
            case CloseReason.ABNORMAL -> "connection lost without a close frame";
            case CloseReason.POLICY_VIOLATION -> "policy violation";
            case CloseReason.INTERNAL_ERROR -> "server error";
            case CloseReason.HANDSHAKE_TIMEOUT -> "handshake deadline passed";
            case 0 -> "connect or upgrade failed";
            default -> "close code " + code;
        };
    }
}
