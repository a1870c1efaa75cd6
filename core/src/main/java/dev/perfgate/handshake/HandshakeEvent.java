package dev.perfgate.handshake;

import java.util.EnumSet;
import java.util.Set;

/**
 * Something that happens to a connection, with the states it is legal from and the one state it
 * leads to. This table is the whole transition graph; {@link HandshakeConnection} only enforces it.
 * Immutable and thread-safe.
 */
public enum HandshakeEvent {
    /** The I/O layer upgraded the transport to WebSocket. */
    ACCEPT(HandshakeState.ACCEPTED, HandshakeState.NEW),
    /** The credential was handed to the validator. */
    BEGIN_AUTHENTICATION(HandshakeState.AUTHENTICATING, HandshakeState.ACCEPTED),
    /** The validator accepted the credential before the deadline. */
    AUTH_GRANTED(HandshakeState.READY, HandshakeState.AUTHENTICATING),
    /** The validator rejected the credential. */
    AUTH_DENIED(HandshakeState.FAILED, HandshakeState.AUTHENTICATING),
    /** The handshake deadline passed before the connection was READY. */
    DEADLINE_PASSED(HandshakeState.FAILED,
            HandshakeState.NEW, HandshakeState.ACCEPTED, HandshakeState.AUTHENTICATING),
    /** A protocol error, an early-frame overflow or a lost transport before the close handshake. */
    FAIL(HandshakeState.FAILED, HandshakeState.NEW, HandshakeState.ACCEPTED,
            HandshakeState.AUTHENTICATING, HandshakeState.READY),
    /** Either side started the closing handshake. */
    CLOSE(HandshakeState.CLOSING,
            HandshakeState.ACCEPTED, HandshakeState.AUTHENTICATING, HandshakeState.READY),
    /** The closing handshake completed and the transport is closed. */
    TRANSPORT_CLOSED(HandshakeState.CLOSED, HandshakeState.CLOSING);

    private final HandshakeState target;
    private final Set<HandshakeState> from;
    // A bit per source ordinal: the hot path tests legality with one AND, no Set lookup.
    private final int fromMask;

    HandshakeEvent(HandshakeState target, HandshakeState first, HandshakeState... rest) {
        this.target = target;
        this.from = EnumSet.of(first, rest);
        int mask = 0;
        for (HandshakeState state : from) {
            mask |= 1 << state.ordinal();
        }
        this.fromMask = mask;
    }

    /** The state this event leads to when it applies. */
    public HandshakeState target() {
        return target;
    }

    /** Whether this event is legal while the connection is in {@code state}. */
    public boolean permitsFrom(HandshakeState state) {
        return (fromMask & (1 << state.ordinal())) != 0;
    }

    /** The states this event is legal from (an unmodifiable copy). */
    public Set<HandshakeState> legalFrom() {
        return Set.copyOf(from);
    }
}
