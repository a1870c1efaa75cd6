package dev.perfgate.handshake;

/**
 * The application's handler for inbound frames of a READY connection.
 *
 * <p>A connection calls its sink from whichever thread delivers (the I/O thread, or the thread
 * that completed authentication while it drains early frames), but never from two threads at once
 * for frames of one I/O thread, and always in arrival order. A sink must not throw: a frame it
 * throws on counts as not delivered and the exception reaches the caller of the connection.
 *
 * @param <F> the frame type
 */
@FunctionalInterface
public interface FrameSink<F> {

    /** Processes one frame. */
    void deliver(F frame);
}
