package dev.perfgate.handshake;

import dev.perfgate.time.NanoClock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Builds test connections and drives them into a given state along a legal path. */
final class Connections {

    static final CloseReason CLIENT_CLOSE = new CloseReason(CloseReason.NORMAL, "client closed");
    static final CloseReason PROTOCOL = new CloseReason(CloseReason.PROTOCOL_ERROR, "bad frame");

    private Connections() {
    }

    /** A sink that records what it was given, in order. */
    static final class RecordingSink<F> implements FrameSink<F> {
        final List<F> frames = new CopyOnWriteArrayList<>();

        @Override
        public void deliver(F frame) {
            frames.add(frame);
        }
    }

    static HandshakeConnection<String> fresh(NanoClock clock, FrameSink<String> sink) {
        return new HandshakeConnection<>(HandshakeConfig.DEFAULT, clock.nanoTime() + 1_000_000_000L, clock, sink);
    }

    static HandshakeConnection<String> in(HandshakeState state) {
        HandshakeConnection<String> connection = fresh(new ManualClock(), new RecordingSink<>());
        driveTo(connection, state);
        return connection;
    }

    static void driveTo(HandshakeConnection<?> connection, HandshakeState state) {
        switch (state) {
            case NEW -> { }
            case ACCEPTED -> connection.accept();
            case AUTHENTICATING -> {
                driveTo(connection, HandshakeState.ACCEPTED);
                connection.beginAuthentication();
            }
            case READY -> {
                driveTo(connection, HandshakeState.AUTHENTICATING);
                connection.completeAuthentication(AuthOutcome.GRANTED);
            }
            case CLOSING -> {
                driveTo(connection, HandshakeState.READY);
                connection.close(CLIENT_CLOSE);
            }
            case CLOSED -> {
                driveTo(connection, HandshakeState.CLOSING);
                connection.transportClosed();
            }
            case FAILED -> connection.fail(PROTOCOL);
        }
        if (connection.state() != state) {
            throw new AssertionError("could not drive the connection to " + state + ", it is " + connection.state());
        }
    }

    /** Requests {@code event} with a representative argument. */
    static TransitionResult request(HandshakeConnection<?> connection, HandshakeEvent event) {
        return switch (event) {
            case ACCEPT -> connection.accept();
            case BEGIN_AUTHENTICATION -> connection.beginAuthentication();
            case AUTH_GRANTED -> connection.completeAuthentication(AuthOutcome.GRANTED);
            case AUTH_DENIED -> connection.completeAuthentication(
                    AuthOutcome.denied(4001, "token expired"));
            case DEADLINE_PASSED -> connection.deadlinePassed();
            case FAIL -> connection.fail(PROTOCOL);
            case CLOSE -> connection.close(CLIENT_CLOSE);
            case TRANSPORT_CLOSED -> connection.transportClosed();
        };
    }
}
