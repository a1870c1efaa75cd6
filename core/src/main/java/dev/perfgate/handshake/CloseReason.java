package dev.perfgate.handshake;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The WebSocket close code and reason a connection ended with (RFC 6455 §7.4).
 *
 * <p>Codes are the ones an endpoint may send or record: 1000-1003, 1006 (abnormal closure, recorded
 * only), 1007-1011, and 3000-4999 (registered and application codes; auth rejections use 4xxx).
 * The reason must fit a close frame: at most 123 UTF-8 bytes. Immutable and thread-safe.
 *
 * @param code   the close code
 * @param reason why, for the peer and the logs
 */
public record CloseReason(int code, String reason) {

    /** Normal closure. */
    public static final int NORMAL = 1000;
    /** The endpoint is going away (server shutdown, page navigation). */
    public static final int GOING_AWAY = 1001;
    /** A WebSocket protocol error. */
    public static final int PROTOCOL_ERROR = 1002;
    /** The transport was lost without a close frame; recorded, never sent. */
    public static final int ABNORMAL = 1006;
    /** A policy violation: rejected credential, too many early frames. */
    public static final int POLICY_VIOLATION = 1008;
    /** The server met an unexpected condition: here, the application's frame sink threw. */
    public static final int INTERNAL_ERROR = 1011;
    /** Application code: the handshake deadline passed before authentication completed. */
    public static final int HANDSHAKE_TIMEOUT = 4008;

    /** Recorded when the deadline passes before the connection is READY. */
    public static final CloseReason DEADLINE_PASSED =
            new CloseReason(HANDSHAKE_TIMEOUT, "handshake deadline passed before authentication completed");

    private static final int MAX_REASON_BYTES = 123;

    public CloseReason {
        Objects.requireNonNull(reason, "reason");
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("close code " + code
                    + " is not one a WebSocket endpoint may use (1000-1003, 1006-1011, 3000-4999)");
        }
        int bytes = reason.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_REASON_BYTES) {
            throw new IllegalArgumentException("close reason is " + bytes
                    + " UTF-8 bytes, a close frame allows at most " + MAX_REASON_BYTES + ": " + reason);
        }
    }

    private static boolean isValidCode(int code) {
        return (code >= 1000 && code <= 1003) || (code >= 1006 && code <= 1011)
                || (code >= 3000 && code <= 4999);
    }

    /** A 1008 policy-violation close with this reason. */
    public static CloseReason policyViolation(String reason) {
        return new CloseReason(POLICY_VIOLATION, reason);
    }

    /** Whether this is an application-defined code (4000-4999). */
    public boolean isApplicationCode() {
        return code >= 4000;
    }
}
