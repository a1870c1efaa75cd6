package dev.perfgate.golden.server;

import dev.perfgate.handshake.CloseReason;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

/**
 * Everything the server writes to one connection, in one order: the {@code ready} frame first, then
 * echoes, then at most one close frame. Writes come from the I/O thread, the auth callback thread
 * (draining early frames) and the deadline timer; the lock makes "ready before any echo" hold across
 * them. Every write is queued on the channel's event loop, even from the event loop itself: Netty
 * runs a write made on the event loop at once but queues one made elsewhere, so a {@code ready}
 * queued by the auth thread could otherwise be overtaken by an echo written inline by the I/O
 * thread (the first golden-path run showed exactly that: 35 echoes before {@code ready}).
 * Thread-safe.
 */
final class ConnectionWriter {

    /** The text frame that tells the client its connection is READY. */
    static final String READY = "ready";

    private final Channel channel;
    private boolean readySent;
    private boolean closeSent;

    ConnectionWriter(Channel channel) {
        this.channel = channel;
    }

    synchronized void ready() {
        if (!readySent && !closeSent) {
            readySent = true;
            queue(new TextWebSocketFrame(READY));
        }
    }

    synchronized void echo(String text) {
        ready();
        if (!closeSent) {
            queue(new TextWebSocketFrame(text));
        }
    }

    /** Sends the close frame and closes the transport once it is written. */
    synchronized void close(CloseReason reason) {
        if (!closeSent) {
            closeSent = true;
            CloseWebSocketFrame frame = new CloseWebSocketFrame(reason.code(), reason.reason());
            channel.eventLoop().execute(() -> channel.writeAndFlush(frame).addListener(ChannelFutureListener.CLOSE));
        }
    }

    /** Queued in the order of the calls, which the lock fixes. */
    private void queue(TextWebSocketFrame frame) {
        channel.eventLoop().execute(() -> channel.writeAndFlush(frame));
    }
}
