package dev.perfgate.handshake;

import dev.perfgate.time.NanoClock;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The connection two racing threads share in {@code HandshakeBenchmark.authRacesClose}.
 *
 * <p>Thread-safe. Round {@code n} has one connection, AUTHENTICATING. Each thread counts its own
 * rounds ({@link Cursor}); the first to reach round {@code n} opens its connection and publishes
 * it with one CAS, the other finds it there. A thread that finds itself behind jumps to the
 * current round, so the two stay within one round of each other and really collide on the same
 * connection; each operation therefore includes a share of opening a connection and one CAS on
 * the shared slot besides the raced transition.
 */
@State(Scope.Group)
public class RaceState {

    /** One round: its number and its connection. */
    record Round(long number, HandshakeConnection<Object> connection) {
    }

    /**
     * Which round this thread is on, and how often each racer left AUTHENTICATING first: JMH
     * reports the two counts beside the time, showing that both sides really win some rounds.
     * Thread-confined.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cursor {
        long round;
        public long grantWon;
        public long closeWon;

        @Setup(Level.Iteration)
        public void resetCounts() {
            grantWon = 0;
            closeWon = 0;
        }
    }

    private final AtomicReference<Round> current = new AtomicReference<>();

    @Setup
    public void setUp() {
        current.set(new Round(0, open()));
    }

    /** The connection of the caller's next round, opened by whichever racer got there first. */
    HandshakeConnection<Object> next(Cursor cursor) {
        long wanted = cursor.round + 1;
        for (;;) {
            Round seen = current.get();
            if (seen.number() >= wanted) {
                cursor.round = seen.number(); // behind (or level): race on the newest round
                return seen.connection();
            }
            Round fresh = new Round(wanted, open());
            if (current.compareAndSet(seen, fresh)) {
                cursor.round = wanted;
                return fresh.connection();
            }
        }
    }

    private static HandshakeConnection<Object> open() {
        HandshakeConnection<Object> connection = new HandshakeConnection<>(
                HandshakeConfig.DEFAULT, HandshakeBenchmark.DEADLINE, NanoClock.SYSTEM, frame -> { });
        connection.accept();
        connection.beginAuthentication();
        return connection;
    }
}
