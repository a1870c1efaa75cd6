package dev.perfgate.handshake;

/**
 * The application's handler for inbound frames of a READY connection.
 *
 * <p>A connection calls its sink from whichever thread delivers (the I/O thread, or the thread
 * that completed authentication while it drains early frames), but never from two threads at once
 * for frames of one I/O thread, and always in arrival order. A sink should not throw: a frame it
 * throws on is counted as not delivered, the connection fails with 1011 (internal error), and
 * every frame behind it is discarded and counted; the exception is kept in
 * {@link HandshakeConnection#sinkFailure()}, not thrown at whichever thread was delivering.
 *
 * @param <F> the frame type
 */
@FunctionalInterface
public interface FrameSink<F> {

    /** Processes one frame. */
    void deliver(F frame);
}
