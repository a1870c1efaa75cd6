package dev.perfgate.handshake;

/**
 * What a connection did with one inbound frame. Immutable and thread-safe.
 */
public enum FrameDisposition {
    /** Handed to the sink now: the connection was READY with nothing buffered ahead of it. */
    DELIVERED,
    /** Held until READY (or behind earlier held frames); delivered then, exactly once, in order. */
    BUFFERED,
    /** Refused: the connection was CLOSING, CLOSED or FAILED. Counted. */
    REFUSED,
    /**
     * Refused because it would exceed the early-frame bounds; the connection fails with 1008
     * (unless a racing transition, such as the deadline, ended it first). Counted as refused.
     */
    OVERFLOW,
    /**
     * Handed to the sink, which threw: not delivered, counted, and the connection fails with 1011
     * (see {@link HandshakeConnection#sinkFailure()}).
     */
    SINK_FAILED
}
