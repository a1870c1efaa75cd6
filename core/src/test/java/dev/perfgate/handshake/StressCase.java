package dev.perfgate.handshake;

import java.util.SplittableRandom;

/**
 * One connection of the stress test: what is planned to happen to it (drawn at random up front)
 * and what each role thread saw. Each field is written by one role thread and read after the
 * round's barrier, which orders the writes before the reads.
 */
final class StressCase {

    static final HandshakeConfig CONFIG = new HandshakeConfig(4, 4 * 64, StateTiming.ON);
    static final CloseReason DENIED = new CloseReason(4001, "token expired");

    final ProbeSink probe = new ProbeSink();
    final HandshakeConnection<Integer> connection = ProbeSink.connect(CONFIG, probe);
    final int frames;
    final boolean grant;
    final boolean deadline;
    final boolean close;
    final int ioPause;

    final FrameDisposition[] dispositions;
    TransitionResult auth;
    TransitionResult deadlineResult;
    TransitionResult closeResult;

    StressCase(SplittableRandom random) {
        frames = random.nextInt(8); // up to 7 against a bound of 4: slow auth overflows
        grant = random.nextInt(4) != 0;
        deadline = random.nextInt(4) == 0;
        close = random.nextInt(3) == 0;
        ioPause = random.nextInt(1, 32);
        dispositions = new FrameDisposition[frames];
    }

    /** The I/O thread: upgrade, start authentication, stream the frames. */
    void io() {
        connection.accept();
        connection.beginAuthentication();
        for (int i = 0; i < frames; i++) {
            dispositions[i] = connection.onFrame(i, 64);
            RaceRunner.pause(ioPause);
        }
    }

    /** The auth callback thread: answers once authentication has begun (or the connection ended). */
    void authenticate() {
        for (int spins = 0; spins < 10_000_000; spins++) {
            HandshakeState state = connection.state();
            if (state != HandshakeState.NEW && state != HandshakeState.ACCEPTED) {
                break;
            }
            if ((spins & 255) == 255) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
        RaceRunner.pause(64);
        auth = connection.completeAuthentication(grant ? AuthOutcome.GRANTED : new AuthOutcome.Denied(DENIED));
    }

    /** The timer thread: fires the deadline for the planned share of connections. */
    void timer() {
        if (deadline) {
            RaceRunner.pause(128);
            deadlineResult = connection.deadlinePassed();
        }
    }

    /** A client that closes the planned share of connections, then the transport finishing the close. */
    void closer() {
        if (close) {
            RaceRunner.pause(128);
            closeResult = connection.close(Connections.CLIENT_CLOSE);
            connection.transportClosed();
        }
    }
}
