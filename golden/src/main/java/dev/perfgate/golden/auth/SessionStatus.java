package dev.perfgate.golden.auth;

/** What the auth service said about a session. Immutable and thread-safe. */
public enum SessionStatus {
    /** 200: the session is active. */
    ACTIVE,
    /** 403: the session was revoked; an answer, not a failure of the service. */
    REVOKED
}
