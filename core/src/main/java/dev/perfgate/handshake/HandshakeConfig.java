package dev.perfgate.handshake;

import java.util.Objects;

/**
 * Per-connection limits and options. Immutable and thread-safe; one instance serves every
 * connection of a server.
 *
 * <p>The early-frame bounds hold until the backlog is drained: frames that arrive while READY's
 * drain is still delivering queue behind it and count too, so a client cannot flood a connection
 * whose application is slow to take the backlog.
 *
 * @param maxEarlyFrames how many frames may wait for READY at once; one more fails the connection
 * @param maxEarlyBytes  how many payload bytes may wait for READY at once; more fails the connection
 * @param timing         whether state entry times are recorded
 */
public record HandshakeConfig(int maxEarlyFrames, long maxEarlyBytes, StateTiming timing) {

    /** 64 frames, 64 KiB, timing on: generous for a client that sends right after the upgrade. */
    public static final HandshakeConfig DEFAULT = new HandshakeConfig(64, 64 * 1024, StateTiming.ON);

    public HandshakeConfig {
        Objects.requireNonNull(timing, "timing");
        if (maxEarlyFrames < 0) {
            throw new IllegalArgumentException("maxEarlyFrames must be >= 0, was " + maxEarlyFrames);
        }
        if (maxEarlyBytes < 0) {
            throw new IllegalArgumentException("maxEarlyBytes must be >= 0, was " + maxEarlyBytes);
        }
    }

    /** This configuration with another timing option. */
    public HandshakeConfig withTiming(StateTiming newTiming) {
        return new HandshakeConfig(maxEarlyFrames, maxEarlyBytes, newTiming);
    }
}
