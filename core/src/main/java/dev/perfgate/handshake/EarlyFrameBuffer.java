package dev.perfgate.handshake;

/**
 * A bounded FIFO of frames waiting for READY, bounded by count and by payload bytes.
 *
 * <p>Not thread-safe: its connection guards it by synchronizing on it. Its arrays are created on
 * the first frame and grow by doubling up to the frame bound, so a connection that receives no
 * early frame pays only for this small object.
 */
final class EarlyFrameBuffer<F> {

    private static final int INITIAL_CAPACITY = 8;

    private final int maxFrames;
    private final long maxBytes;
    private Object[] frames;
    private int[] sizes;
    private int head;
    private int count;
    private long bytes;

    EarlyFrameBuffer(int maxFrames, long maxBytes) {
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
    }

    /** Appends the frame, or returns false and changes nothing when it would exceed a bound. */
    boolean offer(F frame, int sizeBytes) {
        if (count == maxFrames || bytes + sizeBytes > maxBytes) {
            return false;
        }
        if (frames == null || count == frames.length) {
            grow();
        }
        int tail = (head + count) % frames.length;
        frames[tail] = frame;
        sizes[tail] = sizeBytes;
        count++;
        bytes += sizeBytes;
        return true;
    }

    /** Removes and returns the oldest frame, or null when empty. */
    @SuppressWarnings("unchecked")
    F poll() {
        if (count == 0) {
            return null;
        }
        F frame = (F) frames[head];
        frames[head] = null;
        bytes -= sizes[head];
        head = (head + 1) % frames.length;
        count--;
        return frame;
    }

    /** Drops every frame and returns how many there were. */
    int clear() {
        int dropped = count;
        while (count > 0) {
            poll();
        }
        return dropped;
    }

    int size() {
        return count;
    }

    long bytes() {
        return bytes;
    }

    private void grow() {
        int capacity = frames == null ? Math.min(INITIAL_CAPACITY, maxFrames) : Math.min(frames.length * 2, maxFrames);
        Object[] newFrames = new Object[capacity];
        int[] newSizes = new int[capacity];
        for (int i = 0; i < count; i++) {
            int from = (head + i) % frames.length;
            newFrames[i] = frames[from];
            newSizes[i] = sizes[from];
        }
        frames = newFrames;
        sizes = newSizes;
        head = 0;
    }
}
