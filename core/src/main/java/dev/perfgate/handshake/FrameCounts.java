package dev.perfgate.handshake;

/**
 * A snapshot of one connection's frame counters. Immutable and thread-safe.
 *
 * @param buffered  frames held because they arrived before READY (or behind held frames)
 * @param delivered frames handed to the sink, directly or from the buffer
 * @param refused   frames refused: after CLOSING, CLOSED or FAILED, or overflowing the buffer
 * @param discarded buffered frames dropped, never delivered, because the connection failed or
 *                  closed before it was READY, or because the sink failed on a frame ahead of them
 * @param sinkFailed frames the sink threw on: not delivered, and the connection failed with 1011
 */
public record FrameCounts(long buffered, long delivered, long refused, long discarded, long sinkFailed) {
}
