package dev.perfgate.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three races from the platform's reports, reproduced with real threads released together,
 * thousands of rounds each, and shown impossible.
 */
class HandshakeRacesTest {

    private static final int ROUNDS = 4_000;
    private static final HandshakeConfig CONFIG = new HandshakeConfig(64, 64 * 1024, StateTiming.ON);

    /** One connection and what each racer saw. */
    static final class Scenario {
        final ProbeSink probe = new ProbeSink();
        final HandshakeConnection<Integer> connection = ProbeSink.connect(CONFIG, probe);
        volatile TransitionResult grant;
        volatile TransitionResult deadline;
        volatile TransitionResult close;
        volatile int accepted;
        volatile int sent;
        volatile boolean cutting;
        final int cue = java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 20);

        /** Sends frames first..last-1, publishing progress; returns how many were accepted. */
        int stream(int first, int last) {
            int acceptedHere = 0;
            for (int i = first; i < last; i++) {
                FrameDisposition d = connection.onFrame(i, 8);
                if (d == FrameDisposition.BUFFERED || d == FrameDisposition.DELIVERED) {
                    assertThat(acceptedHere).as("no frame accepted after a refusal").isEqualTo(i - first);
                    acceptedHere++;
                }
                sent = i - first + 1;
                if (sent == cue) {
                    // on a loaded 2-core machine the cutter may not be running at all: wait until it
                    // is about to act, so its transition really races the rest of the stream
                    spinUntil(() -> cutting);
                }
                RaceRunner.pause(16);
            }
            return acceptedHere;
        }

        /** Waits until the stream has sent {@link #cue} frames, then runs {@code cut} against the rest. */
        void cutIn(Runnable cut) {
            spinUntil(() -> sent >= cue);
            cutting = true;
            cut.run();
        }

        private static void spinUntil(java.util.function.BooleanSupplier condition) {
            for (int spins = 0; !condition.getAsBoolean() && spins < 10_000_000; spins++) {
                Thread.onSpinWait();
                if ((spins & 1023) == 1023) {
                    Thread.yield();
                }
            }
        }

        Scenario bufferedAuthenticating(int earlyFrames) {
            connection.accept();
            connection.beginAuthentication();
            for (int i = 0; i < earlyFrames; i++) {
                connection.onFrame(i, 8);
            }
            return this;
        }
    }

    /** Platform report 1: connections were accepted while auth validation was still running. */
    @Test
    void authValidationRacingTheUpgradeNeverReadiesAnUnauthenticatedConnection() throws Exception {
        int[] grantedAfterBegin = {0};
        RaceRunner.race(ROUNDS, Scenario::new,
                s -> {
                    assertThat(s.probe.deliveredBeforeReady).isFalse();
                    if (s.grant.applied()) {
                        grantedAfterBegin[0]++;
                        assertThat(s.grant.observed()).isEqualTo(HandshakeState.AUTHENTICATING);
                        assertThat(s.connection.state()).isEqualTo(HandshakeState.READY);
                        assertThat(s.probe.isExactlyFirst(3)).as("frames %s", s.probe.frames).isTrue();
                    } else {
                        // the grant came before authentication began: it must not count
                        assertThat(s.grant.observed()).isIn(HandshakeState.NEW, HandshakeState.ACCEPTED);
                        assertThat(s.connection.state()).isEqualTo(HandshakeState.AUTHENTICATING);
                        assertThat(s.probe.frames).isEmpty();
                        assertThat(s.connection.frameCounts().buffered()).isEqualTo(3);
                    }
                },
                s -> {
                    s.connection.accept();
                    s.connection.beginAuthentication();
                    for (int i = 0; i < 3; i++) {
                        s.connection.onFrame(i, 8);
                    }
                },
                s -> s.grant = s.connection.completeAuthentication(AuthOutcome.GRANTED));
        assertThat(grantedAfterBegin[0]).as("rounds where the grant applied").isPositive();
    }

    /** Platform report 2: a transition raced the completion of the handshake. */
    @Test
    void ofGrantDeadlineAndCloseExactlyOneLeavesAuthenticating() throws Exception {
        Map<HandshakeEvent, Integer> winners = new EnumMap<>(HandshakeEvent.class);
        RaceRunner.race(ROUNDS, () -> new Scenario().bufferedAuthenticating(3),
                s -> {
                    int won = 0;
                    HandshakeEvent winner = null;
                    for (TransitionResult r : new TransitionResult[] {s.grant, s.deadline, s.close}) {
                        if (r.applied() && r.observed() == HandshakeState.AUTHENTICATING) {
                            won++;
                            winner = r.event();
                        }
                    }
                    assertThat(won).as("%s / %s / %s", s.grant, s.deadline, s.close).isEqualTo(1);
                    winners.merge(winner, 1, Integer::sum);
                    assertThat(s.probe.deliveredBeforeReady).isFalse();
                    FrameCounts counts = s.connection.frameCounts();
                    switch (winner) {
                        case AUTH_GRANTED -> {
                            assertThat(s.probe.isExactlyFirst(3)).as("frames %s", s.probe.frames).isTrue();
                            assertThat(s.deadline.applied()).isFalse();
                            assertThat(s.connection.state()).isIn(HandshakeState.READY, HandshakeState.CLOSING);
                        }
                        case DEADLINE_PASSED -> {
                            assertThat(s.connection.state()).isEqualTo(HandshakeState.FAILED);
                            assertThat(s.connection.closeReason()).isEqualTo(CloseReason.DEADLINE_PASSED);
                            assertThat(s.probe.frames).isEmpty();
                            assertThat(counts.discarded()).isEqualTo(3);
                        }
                        case CLOSE -> {
                            assertThat(s.connection.state()).isEqualTo(HandshakeState.CLOSING);
                            assertThat(s.connection.closeReason()).isEqualTo(Connections.CLIENT_CLOSE);
                            assertThat(s.probe.frames).isEmpty();
                            assertThat(counts.discarded()).isEqualTo(3);
                        }
                        default -> throw new AssertionError("unexpected winner " + winner);
                    }
                },
                s -> s.grant = s.connection.completeAuthentication(AuthOutcome.GRANTED),
                s -> s.deadline = s.connection.deadlinePassed(),
                s -> s.close = s.connection.close(Connections.CLIENT_CLOSE));
        assertThat(winners.keySet()).as("winners seen %s", winners).hasSizeGreaterThanOrEqualTo(2);
    }

    /** Platform report 3: frames were processed while the handshake was incomplete. */
    @Test
    void framesDuringAnIncompleteHandshakeArriveOnceInOrderAndOnlyWhenReady() throws Exception {
        int frames = 30;
        int[] grantInsideStream = {0};
        RaceRunner.race(ROUNDS, () -> {
                    Scenario s = new Scenario();
                    s.connection.accept();
                    s.connection.beginAuthentication();
                    return s;
                },
                s -> {
                    assertThat(s.probe.deliveredBeforeReady).isFalse();
                    assertThat(s.probe.isExactlyFirst(frames)).as("frames %s", s.probe.frames).isTrue();
                    FrameCounts counts = s.connection.frameCounts();
                    assertThat(counts.delivered()).isEqualTo(frames);
                    assertThat(counts.refused() + counts.discarded()).isZero();
                    if (counts.buffered() > 0 && counts.buffered() < frames) {
                        grantInsideStream[0]++;
                    }
                },
                s -> s.stream(0, frames),
                s -> s.cutIn(() -> s.connection.completeAuthentication(AuthOutcome.GRANTED)));
        assertThat(grantInsideStream[0]).as("rounds where READY came inside the stream").isPositive();
    }

    /** A close racing the drain of early frames: what arrived before the close is all delivered. */
    @Test
    void aCloseDuringTheDrainLosesNothingThatArrivedBeforeIt() throws Exception {
        int[] closedInsideStream = {0};
        RaceRunner.race(ROUNDS, () -> new Scenario().bufferedAuthenticating(20),
                s -> {
                    assertThat(s.probe.deliveredBeforeReady).isFalse();
                    if (s.grant.applied()) {
                        // frames accepted while open form an unbroken run; everything after the close is refused
                        assertThat(s.probe.isExactlyFirst(20 + s.accepted)).as("frames %s", s.probe.frames).isTrue();
                        assertThat(s.connection.frameCounts().discarded()).isZero();
                        if (s.accepted > 0 && s.accepted < 20) {
                            closedInsideStream[0]++;
                        }
                    } else {
                        assertThat(s.probe.frames).isEmpty();
                        assertThat(s.connection.frameCounts().discarded()).isEqualTo(20L + s.accepted);
                    }
                },
                s -> s.grant = s.connection.completeAuthentication(AuthOutcome.GRANTED),
                s -> s.accepted = s.stream(20, 40),
                s -> s.cutIn(() -> s.close = s.connection.close(Connections.CLIENT_CLOSE)));
        assertThat(closedInsideStream[0]).as("rounds where the close cut a READY stream").isPositive();
    }
}
