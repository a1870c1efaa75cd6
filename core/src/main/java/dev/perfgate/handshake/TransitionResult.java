package dev.perfgate.handshake;

/**
 * What became of one requested transition: applied, or refused because the connection was in a
 * state the event is not legal from (including having lost a race to another transition).
 *
 * <p>Every possible result is created once, up front, so requesting a transition never allocates
 * and an illegal request costs no exception. Immutable and thread-safe.
 *
 * @param event    the event requested (for an auth grant that arrived too late,
 *                 {@link HandshakeEvent#DEADLINE_PASSED})
 * @param observed the state the connection was in when the event applied or was refused
 * @param applied  whether this request moved the connection
 */
public record TransitionResult(HandshakeEvent event, HandshakeState observed, boolean applied) {

    private static final int STATES = HandshakeState.values().length;
    private static final TransitionResult[] TABLE = table();

    private static TransitionResult[] table() {
        HandshakeEvent[] events = HandshakeEvent.values();
        TransitionResult[] results = new TransitionResult[events.length * STATES * 2];
        for (HandshakeEvent event : events) {
            for (HandshakeState state : HandshakeState.values()) {
                results[index(event, state, true)] = new TransitionResult(event, state, true);
                results[index(event, state, false)] = new TransitionResult(event, state, false);
            }
        }
        return results;
    }

    private static int index(HandshakeEvent event, HandshakeState state, boolean applied) {
        return ((event.ordinal() * STATES) + state.ordinal()) * 2 + (applied ? 1 : 0);
    }

    static TransitionResult of(HandshakeEvent event, HandshakeState observed, boolean applied) {
        return TABLE[index(event, observed, applied)];
    }

    /** The state the connection moved to, or stayed in when refused. */
    public HandshakeState resulting() {
        return applied ? event.target() : observed;
    }

    @Override
    public String toString() {
        return applied
                ? event + ": " + observed + " -> " + event.target()
                : event + " refused: the connection is " + observed + ", and " + event
                        + " is legal only from " + event.legalFrom();
    }
}
