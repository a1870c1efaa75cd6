package dev.perfgate.golden.server;

import dev.perfgate.handshake.AuthOutcome;
import dev.perfgate.handshake.CloseReason;
import dev.perfgate.handshake.FrameSink;
import dev.perfgate.handshake.HandshakeConnection;
import dev.perfgate.handshake.HandshakeDriver;
import dev.perfgate.handshake.HandshakeState;
import io.netty.channel.Channel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One WebSocket connection of the server, wired to core's handshake: a {@link HandshakeDriver}
 * opens its {@link HandshakeConnection}, schedules its deadline on the channel's event loop and
 * hands the bearer token to the authenticator; every inbound text frame passes the connection's
 * gate, and the application (this class, as the {@link FrameSink}) echoes what the gate delivers.
 *
 * <p>The driver is per connection so that its timer and validator can act on this connection's
 * channel after each transition they cause: send {@code ready} once READY, the close frame once
 * FAILED. The driver holds only references to shared parts, so this costs one small object.
 * Thread-safe: transitions come from the I/O thread, the auth callback and the timer.
 */
final class ServerConnection implements FrameSink<String> {

    private final Channel channel;
    private final ServerWiring wiring;
    private final ConnectionWriter writer;
    private final HandshakeDriver<String> driver;
    private final HandshakeConnection<String> connection;
    private final AtomicBoolean settledReady = new AtomicBoolean();
    private final AtomicBoolean settledFailed = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();

    ServerConnection(Channel channel, ServerWiring wiring) {
        this.channel = channel;
        this.wiring = wiring;
        this.writer = new ConnectionWriter(channel);
        this.driver = new HandshakeDriver<>(wiring.config(), wiring.clock(), wiring.budget(), this::schedule,
                this::validate);
        this.connection = driver.open(this);
    }

    /** The transport is upgraded: accept, and start authenticating {@code token}. */
    void upgraded(String token) {
        wiring.counters().upgraded();
        driver.upgrade(connection, token);
        settle();
    }

    /** One inbound text frame, through the handshake's gate. */
    void onText(String text, int bytes) {
        connection.onFrame(text, bytes);
        settle(); // an overflow of the early-frame bounds fails the connection
    }

    /** The client sent a close frame. */
    void clientClosed(int code) {
        connection.close(new CloseReason(code == CloseReason.NORMAL ? code : CloseReason.NORMAL, "client closed"));
        writer.close(new CloseReason(CloseReason.NORMAL, "bye"));
        settle();
    }

    /** The TCP connection is gone. */
    void transportClosed() {
        if (connection.state() == HandshakeState.CLOSING) {
            connection.transportClosed();
        } else {
            connection.fail(new CloseReason(CloseReason.ABNORMAL, "transport lost"));
        }
        settle();
        if (finished.compareAndSet(false, true)) {
            wiring.counters().finished(connection.frameCounts());
        }
    }

    @Override
    public void deliver(String frame) {
        wiring.counters().processed(connection.state().isBeforeReady());
        writer.echo(frame);
    }

    private void schedule(long atNanos, Runnable action) {
        long delay = Math.max(0, atNanos - wiring.clock().nanoTime());
        channel.eventLoop().schedule(() -> {
            action.run();
            settle();
        }, delay, TimeUnit.NANOSECONDS);
    }

    private void validate(String credential, Consumer<AuthOutcome> onResult) {
        wiring.authenticator().validate(credential, outcome -> {
            onResult.accept(outcome);
            settle();
        });
    }

    /** Acts once on READY (send {@code ready}) and once on FAILED (send the close frame and close). */
    private void settle() {
        HandshakeState state = connection.state();
        if (state == HandshakeState.READY || (state == HandshakeState.CLOSING && connection.handshakeNanos() >= 0)) {
            if (settledReady.compareAndSet(false, true)) {
                wiring.counters().ready();
                writer.ready();
            }
        } else if (state == HandshakeState.FAILED) {
            CloseReason reason = connection.closeReason(); // null for a moment on a thread that lost the race
            if (reason != null && settledFailed.compareAndSet(false, true)) {
                wiring.counters().failed();
                writer.close(reason.code() == CloseReason.ABNORMAL ? new CloseReason(CloseReason.GOING_AWAY, "lost")
                        : reason);
            }
        }
    }
}
