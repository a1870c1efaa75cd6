package dev.perfgate.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 10^5 connections, each driven at once by four real threads (I/O, auth callback, timer, client
 * close) with random plans and random pauses: no frame lost, duplicated, reordered or processed
 * before READY, and never more than one way out of the handshake.
 */
class HandshakeStressTest {

    private static final int CONNECTIONS = 100_000;
    private static final int BATCH = 500;
    private static final long SEED = 0x5eed_4a5dL;

    private final Tally tally = new Tally();

    /** Outcomes seen, to show the run covered the interesting interleavings. */
    static final class Tally {
        int readyAfterEarlyFrames;
        int grantLostTheRace;
        int overflowed;
        int closedWhileReady;
        int checked;
    }

    @Test
    void randomInterleavingsLoseDuplicateReorderAndLeakNothing() throws Exception {
        int[] round = {0};
        RaceRunner.race(CONNECTIONS / BATCH,
                () -> {
                    SplittableRandom random = new SplittableRandom(SEED + round[0]++);
                    StressCase[] batch = new StressCase[BATCH];
                    for (int i = 0; i < BATCH; i++) {
                        batch[i] = new StressCase(random);
                    }
                    return batch;
                },
                batch -> {
                    for (int i = 0; i < batch.length; i++) {
                        verify(batch[i], "round " + (round[0] - 1) + " case " + i + " (seed " + SEED + ")");
                    }
                },
                batch -> {
                    for (StressCase c : batch) {
                        c.io();
                    }
                },
                batch -> {
                    for (StressCase c : batch) {
                        c.authenticate();
                    }
                },
                batch -> {
                    for (StressCase c : batch) {
                        c.timer();
                    }
                },
                batch -> {
                    for (StressCase c : batch) {
                        c.closer();
                    }
                });

        assertThat(tally.checked).isEqualTo(CONNECTIONS);
        assertThat(tally.readyAfterEarlyFrames).as("READY with early frames to drain").isPositive();
        assertThat(tally.grantLostTheRace).as("grants that lost to a deadline or close").isPositive();
        assertThat(tally.overflowed).as("early-frame overflows").isPositive();
        assertThat(tally.closedWhileReady).as("closes after READY").isPositive();
    }

    private void verify(StressCase c, String where) {
        HandshakeConnection<Integer> connection = c.connection;
        HandshakeState state = connection.state();
        FrameCounts counts = connection.frameCounts();
        assertThat(c.probe.deliveredBeforeReady).as("%s: processed before READY", where).isFalse();
        assertThat(state.isBeforeReady()).as("%s: stuck in %s", where, state).isFalse();

        int accepted = 0;
        int buffered = 0;
        int refused = 0;
        boolean overflow = false;
        for (FrameDisposition d : c.dispositions) {
            switch (d) {
                case BUFFERED, DELIVERED -> {
                    assertThat(refused).as("%s: accepted a frame after refusing one", where).isZero();
                    accepted++;
                    buffered += d == FrameDisposition.BUFFERED ? 1 : 0;
                }
                case REFUSED, OVERFLOW -> {
                    refused++;
                    overflow |= d == FrameDisposition.OVERFLOW;
                }
            }
        }
        int delivered = c.probe.frames.size();
        assertThat(c.probe.isExactlyFirst(delivered)).as("%s: delivered %s", where, c.probe.frames).isTrue();
        assertThat(counts).as(where).isEqualTo(new FrameCounts(buffered, delivered, refused, counts.discarded(), 0));

        boolean ready = c.auth.applied() && c.auth.event() == HandshakeEvent.AUTH_GRANTED;
        if (ready && state != HandshakeState.FAILED) {
            assertThat(delivered).as("%s: lost frames", where).isEqualTo(accepted);
        } else {
            assertThat(delivered + counts.discarded()).as("%s: frames unaccounted for", where).isEqualTo(accepted);
        }
        if (!ready) {
            assertThat(delivered).as("%s: delivered without READY", where).isZero();
        }

        int exits = 0;
        for (TransitionResult r : new TransitionResult[] {c.auth, c.deadlineResult, c.closeResult}) {
            if (r != null && r.applied() && r.observed().isBeforeReady() && !r.resulting().isBeforeReady()) {
                exits++;
                if (r.event() != HandshakeEvent.AUTH_GRANTED) { // after READY a close or overflow may follow
                    assertThat(connection.closeReason()).as(where).isEqualTo(expectedReason(r));
                }
            }
        }
        if (overflow && exits == 0) {
            assertThat(connection.closeReason().code()).as(where).isEqualTo(CloseReason.POLICY_VIOLATION);
        } else {
            // an overflow's own failure may lose to a racer that ended the handshake first
            assertThat(exits).as("%s: ways out of the handshake", where).isEqualTo(1);
        }
        if (ready) {
            assertThat(connection.handshakeNanos()).as(where).isNotNegative();
        }

        tally.checked++;
        tally.readyAfterEarlyFrames += ready && buffered > 0 ? 1 : 0;
        tally.grantLostTheRace += c.grant && !ready && !overflow ? 1 : 0;
        tally.overflowed += overflow ? 1 : 0;
        tally.closedWhileReady += c.closeResult != null && c.closeResult.applied()
                && c.closeResult.observed() == HandshakeState.READY ? 1 : 0;
    }

    private static CloseReason expectedReason(TransitionResult exit) {
        return switch (exit.event()) {
            case AUTH_DENIED -> StressCase.DENIED;
            case DEADLINE_PASSED -> CloseReason.DEADLINE_PASSED;
            case CLOSE -> Connections.CLIENT_CLOSE;
            default -> throw new AssertionError("unexpected exit " + exit);
        };
    }
}
