package dev.perfgate.handshake;

import dev.perfgate.time.NanoClock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * The handshake state machine and inbound-frame gate of one WebSocket connection.
 *
 * <p>Thread-safe under any threading model: I/O threads, the auth callback thread and a timer
 * thread may call it at once. The state lives in one int word, changed only by CAS, so of racing
 * transitions (auth success, the deadline, a client close) exactly one wins; the others get a
 * refused {@link TransitionResult}, never an exception, and the state stays consistent.
 *
 * <p>Frames arriving before READY are buffered (bounded; overflow fails the connection with 1008)
 * and delivered exactly once, in arrival order, before any frame arriving after READY: while a
 * buffer exists the word carries an {@code EARLY} bit, and a frame that sees it queues behind the
 * buffer instead of overtaking it. The thread that makes the connection READY drains the buffer
 * and clears the bit under the buffer's lock. A READY connection without early frames delivers
 * with one volatile read and no lock. Frames arriving after CLOSING are refused and counted; if the
 * connection fails, or closes before READY, buffered frames are discarded and counted.
 *
 * <p>A lifecycle without early frames allocates nothing beyond this object, its counters, its
 * (empty) buffer holder and, with timing on, one small array.
 *
 * @param <F> the frame type
 */
public final class HandshakeConnection<F> {

    private static final int STATE_MASK = 0b111;
    private static final int EARLY = 0b1000;
    private static final int READY_WORD = HandshakeState.READY.ordinal();
    private static final VarHandle WORD;

    static {
        try {
            WORD = MethodHandles.lookup().findVarHandle(HandshakeConnection.class, "word", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int word; // HandshakeState ordinal | EARLY
    private volatile CloseReason closeReason;
    private volatile RuntimeException sinkFailure;
    private final long deadlineNanos;
    private final NanoClock clock;
    private final FrameSink<? super F> sink;
    private final EarlyFrameBuffer<F> early; // also the lock for buffer and EARLY bit changes
    private final FrameCounters counters = new FrameCounters();
    private final StateTimeline timeline;

    /**
     * A NEW connection.
     *
     * @param config        frame bounds and timing
     * @param deadlineNanos the {@link NanoClock} time by which it must be READY
     * @param clock         the clock the deadline and state times are read from
     * @param sink          where frames go once READY
     */
    public HandshakeConnection(HandshakeConfig config, long deadlineNanos, NanoClock clock,
                               FrameSink<? super F> sink) {
        Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.deadlineNanos = deadlineNanos;
        this.early = new EarlyFrameBuffer<>(config.maxEarlyFrames(), config.maxEarlyBytes());
        this.timeline = StateTimeline.start(config.timing(), clock);
    }

    /** NEW → ACCEPTED: the transport is upgraded. */
    public TransitionResult accept() {
        return apply(HandshakeEvent.ACCEPT, null);
    }

    /** ACCEPTED → AUTHENTICATING: the credential went to the validator. */
    public TransitionResult beginAuthentication() {
        return apply(HandshakeEvent.BEGIN_AUTHENTICATION, null);
    }

    /**
     * AUTHENTICATING → READY when granted within the deadline (buffered frames are then delivered
     * on this thread before it returns); → FAILED when denied or when the grant came too late.
     */
    public TransitionResult completeAuthentication(AuthOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome instanceof AuthOutcome.Denied denied) {
            return apply(HandshakeEvent.AUTH_DENIED, denied.closeReason());
        }
        long now = clock.nanoTime();
        if (now - deadlineNanos > 0) {
            return apply(HandshakeEvent.DEADLINE_PASSED, CloseReason.DEADLINE_PASSED);
        }
        return apply(HandshakeEvent.AUTH_GRANTED, null, now);
    }

    /** Before READY → FAILED with 4008: the timer says the deadline passed. Refused once READY. */
    public TransitionResult deadlinePassed() {
        return apply(HandshakeEvent.DEADLINE_PASSED, CloseReason.DEADLINE_PASSED);
    }

    /** Any state up to READY → FAILED: protocol error, lost transport, policy violation. */
    public TransitionResult fail(CloseReason reason) {
        return apply(HandshakeEvent.FAIL, Objects.requireNonNull(reason, "reason"));
    }

    /** ACCEPTED, AUTHENTICATING or READY → CLOSING: either side started the closing handshake. */
    public TransitionResult close(CloseReason reason) {
        return apply(HandshakeEvent.CLOSE, Objects.requireNonNull(reason, "reason"));
    }

    /** CLOSING → CLOSED: the closing handshake finished. */
    public TransitionResult transportClosed() {
        return apply(HandshakeEvent.TRANSPORT_CLOSED, null);
    }

    /**
     * Gates one inbound frame: delivers it, buffers it until READY, or refuses it. Arrival order
     * is the order of calls; a connection's frames normally come from one I/O thread, and calls
     * racing from several threads are ordered as they pass this gate.
     *
     * @param frame     the frame, not null
     * @param sizeBytes its payload size, counted against the early-byte bound
     */
    public FrameDisposition onFrame(F frame, int sizeBytes) {
        Objects.requireNonNull(frame, "frame");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("frame sizeBytes must be >= 0, was " + sizeBytes);
        }
        if (word == READY_WORD) {
            return deliver(frame) ? FrameDisposition.DELIVERED : FrameDisposition.SINK_FAILED;
        }
        return gateSlow(frame, sizeBytes);
    }

    private FrameDisposition gateSlow(F frame, int sizeBytes) {
        synchronized (early) {
            for (;;) {
                int w = word;
                HandshakeState state = HandshakeState.ofOrdinal(w & STATE_MASK);
                if (state.refusesFrames()) {
                    counters.refused();
                    return FrameDisposition.REFUSED;
                }
                if (w == READY_WORD) {
                    break; // the drain finished while we waited for the lock
                }
                if ((w & EARLY) == 0 && !WORD.compareAndSet(this, w, w | EARLY)) {
                    continue; // a transition won; judge the frame against the new state
                }
                if (early.offer(frame, sizeBytes)) {
                    counters.buffered();
                    return FrameDisposition.BUFFERED;
                }
                counters.refused();
                return overflow(sizeBytes);
            }
        }
        return deliver(frame) ? FrameDisposition.DELIVERED : FrameDisposition.SINK_FAILED;
    }

    /** Hands one frame to the sink; false when the sink threw (the connection has then failed). */
    private boolean deliver(F frame) {
        try {
            sink.deliver(frame);
        } catch (RuntimeException e) {
            counters.sinkFailed();
            if (sinkFailure == null) {
                sinkFailure = e;
            }
            fail(new CloseReason(CloseReason.INTERNAL_ERROR, "frame sink failed: " + e.getClass().getSimpleName()));
            return false;
        }
        counters.delivered();
        return true;
    }

    private FrameDisposition overflow(int sizeBytes) {
        fail(CloseReason.policyViolation("early frame buffer overflow: " + early.size() + " frames, "
                + (early.bytes() + sizeBytes) + " bytes waiting for READY"));
        return FrameDisposition.OVERFLOW;
    }

    private TransitionResult apply(HandshakeEvent event, CloseReason reason) {
        return apply(event, reason, Long.MIN_VALUE);
    }

    private TransitionResult apply(HandshakeEvent event, CloseReason reason, long nowIfRead) {
        int w;
        HandshakeState from;
        do {
            w = word;
            from = HandshakeState.ofOrdinal(w & STATE_MASK);
            if (!event.permitsFrom(from)) {
                return TransitionResult.of(event, from, false);
            }
        } while (!WORD.compareAndSet(this, w, event.target().ordinal() | (w & EARLY)));
        if (reason != null) {
            closeReason = reason;
        }
        if (timeline.isOn()) {
            timeline.enter(event.target(), nowIfRead == Long.MIN_VALUE ? clock.nanoTime() : nowIfRead);
        }
        if ((w & EARLY) != 0) {
            settleEarlyFrames(from, event.target());
        }
        return TransitionResult.of(event, from, true);
    }

    private void settleEarlyFrames(HandshakeState from, HandshakeState to) {
        if (to == HandshakeState.READY) {
            drain();
        } else if (to == HandshakeState.FAILED || (to == HandshakeState.CLOSING && from.isBeforeReady())) {
            synchronized (early) {
                discardLocked();
            }
        } // CLOSING or CLOSED after READY: the draining thread still delivers what arrived before
    }

    private void drain() {
        for (;;) {
            F frame;
            synchronized (early) {
                if ((word & STATE_MASK) == HandshakeState.FAILED.ordinal()) {
                    discardLocked();
                    return;
                }
                frame = early.poll();
                if (frame == null) {
                    clearEarlyLocked();
                    return;
                }
            }
            if (!deliver(frame)) {
                // Failing moved READY to FAILED and discarded the backlog; after CLOSING the
                // failure is refused, so the backlog behind the frame is discarded here.
                synchronized (early) {
                    discardLocked();
                }
                return;
            }
        }
    }

    private void discardLocked() {
        counters.discarded(early.clear());
        clearEarlyLocked();
    }

    private void clearEarlyLocked() {
        int w;
        do {
            w = word;
        } while ((w & EARLY) != 0 && !WORD.compareAndSet(this, w, w & ~EARLY));
    }

    /** The current state. */
    public HandshakeState state() {
        return HandshakeState.ofOrdinal(word & STATE_MASK);
    }

    /**
     * Why the connection is closing, closed or failed; null before that. Published by the thread
     * that won the transition right after its CAS, so it may lag {@link #state()} by a moment.
     */
    public CloseReason closeReason() {
        return closeReason;
    }

    /** The exception the frame sink threw, which failed this connection with 1011; null if none. */
    public RuntimeException sinkFailure() {
        return sinkFailure;
    }

    /** The deadline this connection must be READY by, in {@link NanoClock} time. */
    public long deadlineNanos() {
        return deadlineNanos;
    }

    /** A snapshot of the frame counters. */
    public FrameCounts frameCounts() {
        return counters.snapshot();
    }

    /** Nanoseconds spent in {@code state} (until now if current); -1 if unknown or timing is off. */
    public long nanosIn(HandshakeState state) {
        return timeline.nanosIn(Objects.requireNonNull(state, "state"));
    }

    /** Handshake latency, NEW to READY, in nanoseconds; -1 if not READY (yet) or timing is off. */
    public long handshakeNanos() {
        return timeline.nanosToReady();
    }
}
