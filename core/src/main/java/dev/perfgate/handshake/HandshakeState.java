package dev.perfgate.handshake;

/**
 * Where one WebSocket connection stands in its handshake and life.
 *
 * <p>Every legal transition (see {@link HandshakeEvent}) moves to a state of higher ordinal, so a
 * connection never revisits a state: that is what lets each state's entry time be written once.
 * Immutable and thread-safe.
 */
public enum HandshakeState {
    /** The TCP connection exists; the HTTP upgrade has not been answered. */
    NEW,
    /** The transport is upgraded to WebSocket; authentication has not started. */
    ACCEPTED,
    /** The credential is being validated; inbound frames are buffered, never processed. */
    AUTHENTICATING,
    /** Authenticated within the deadline; inbound frames go to the application. */
    READY,
    /** A close was requested by either side; new inbound frames are refused. */
    CLOSING,
    /** The closing handshake finished and the transport is closed. Terminal. */
    CLOSED,
    /** Auth rejected, deadline passed, protocol error or buffer overflow. Terminal. */
    FAILED;

    private static final HandshakeState[] BY_ORDINAL = values();

    static HandshakeState ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }

    /** Whether this state comes before {@link #READY}: inbound frames are buffered, not delivered. */
    public boolean isBeforeReady() {
        return ordinal() < READY.ordinal();
    }

    /** Whether inbound frames arriving in this state are refused (and counted). */
    public boolean refusesFrames() {
        return ordinal() > READY.ordinal();
    }

    /** Whether no transition leaves this state. */
    public boolean isTerminal() {
        return this == CLOSED || this == FAILED;
    }

    /** Whether some {@link HandshakeEvent} moves a connection from this state to {@code target}. */
    public boolean canMoveTo(HandshakeState target) {
        for (HandshakeEvent event : HandshakeEvent.values()) {
            if (event.target() == target && event.permitsFrom(this)) {
                return true;
            }
        }
        return false;
    }
}
