package dev.perfgate.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The benchmarks do the work their names claim; JMH only times them. */
class HandshakeBenchmarkTest {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    private final HandshakeBenchmark benchmark = new HandshakeBenchmark();

    @Test
    void lifecycleRunsTheWholeHandshakeWithEitherTiming() {
        for (StateTiming timing : StateTiming.values()) {
            HandshakeBenchmark.ConnectionState state = new HandshakeBenchmark.ConnectionState();
            state.timing = timing;
            state.setUp(BLACKHOLE);

            HandshakeConnection<Object> connection = benchmark.lifecycle(state);

            assertThat(connection.state()).isEqualTo(HandshakeState.CLOSED);
            assertThat(connection.handshakeNanos() >= 0).isEqualTo(timing == StateTiming.ON);
            assertThat(connection.frameCounts()).isEqualTo(new FrameCounts(0, 0, 0, 0, 0));
        }
    }

    @Test
    void earlyFramesAreBufferedThenDeliveredOnReady() {
        HandshakeBenchmark.EarlyFrameState state = new HandshakeBenchmark.EarlyFrameState();
        state.setUp(BLACKHOLE);
        List<Object> delivered = new ArrayList<>();
        state.sink = delivered::add;

        HandshakeConnection<Object> connection = benchmark.lifecycleWithEarlyFrames(state);

        assertThat(connection.state()).isEqualTo(HandshakeState.CLOSED);
        assertThat(delivered).containsExactly(state.frames);
        assertThat(connection.frameCounts()).isEqualTo(
                new FrameCounts(HandshakeBenchmark.EARLY_FRAMES, HandshakeBenchmark.EARLY_FRAMES, 0, 0, 0));
    }

    @Test
    void theRacersMeetOnTheSameConnectionAndExactlyOneLeavesAuthenticating() {
        RaceState race = new RaceState();
        race.setUp();
        RaceState.Cursor granter = new RaceState.Cursor();
        RaceState.Cursor closer = new RaceState.Cursor();

        for (int round = 1; round <= 3; round++) {
            TransitionResult grant = benchmark.grant(race, granter);
            TransitionResult close = benchmark.close(race, closer);
            assertThat(granter.round).isEqualTo(closer.round).isEqualTo(round);
            assertThat(grant.applied()).isTrue();
            // the close came second: it still applies, from READY, not from AUTHENTICATING
            assertThat(close.observed()).isEqualTo(HandshakeState.READY);
        }
        assertThat(granter.grantWon).isEqualTo(3);
        assertThat(closer.closeWon).isZero();
    }

    @Test
    void aCloseThatComesFirstIsCountedAsTheWinner() {
        RaceState race = new RaceState();
        race.setUp();
        RaceState.Cursor granter = new RaceState.Cursor();
        RaceState.Cursor closer = new RaceState.Cursor();

        assertThat(benchmark.close(race, closer).applied()).isTrue();
        assertThat(benchmark.grant(race, granter).applied()).isFalse();

        assertThat(closer.closeWon).isEqualTo(1);
        assertThat(granter.grantWon).isZero();
    }

    @Test
    void aRacerThatFellBehindJumpsToTheNewestRound() {
        RaceState race = new RaceState();
        race.setUp();
        RaceState.Cursor fast = new RaceState.Cursor();
        RaceState.Cursor slow = new RaceState.Cursor();
        benchmark.grant(race, fast);
        benchmark.grant(race, fast);
        benchmark.grant(race, fast);

        TransitionResult close = benchmark.close(race, slow);

        assertThat(slow.round).isEqualTo(3);
        assertThat(close.observed()).isEqualTo(HandshakeState.READY);
    }

    @Test
    void theLimitsDoTheirCases() {
        HandshakeBenchmark.CasState cas = new HandshakeBenchmark.CasState();
        assertThat(benchmark.limitBareCas(cas)).isTrue();
        assertThat(benchmark.limitBareCas(cas)).isTrue();
        assertThat(cas.word.get()).isEqualTo(2);
        AtomicInteger word = benchmark.limitBareCasLifecycle();
        assertThat(word.get()).isEqualTo(5);
    }
}
