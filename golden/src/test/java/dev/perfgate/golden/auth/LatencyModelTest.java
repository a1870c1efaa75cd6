package dev.perfgate.golden.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.time.NanoClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long each session check waits, counted over a known number of checks on a clock that never moves. */
class LatencyModelTest {

    private static final NanoClock STILL = () -> 1_000_000_000L;

    private static long slowChecks(AuthBehaviour behaviour, int checks) {
        LatencyModel model = new LatencyModel(behaviour, STILL, 7);
        long slow = 0;
        for (int i = 0; i < checks; i++) {
            if (model.next().waitNanos() > behaviour.steady().toNanos()) {
                slow++;
            }
        }
        return slow;
    }

    @Test
    void theWarmServiceIsSlowOnExactlyOneCheckInAHundred() {
        // which is why the tracked p99 cannot use it: 1 % is the border of a p99
        assertThat(slowChecks(AuthBehaviour.WARM, 1000)).isEqualTo(10);
    }

    @Test
    void withoutTailEveryWarmCheckTakesTheSteadyLatency() {
        AuthBehaviour behaviour = AuthBehaviour.WARM.withSteady(Duration.ofMillis(3)).withoutTail();
        assertThat(slowChecks(behaviour, 1000)).isZero();
        LatencyModel model = new LatencyModel(behaviour, STILL, 7);
        for (int i = 0; i < 1000; i++) {
            assertThat(model.next().waitNanos()).isEqualTo(Duration.ofMillis(3).toNanos());
        }
    }

    @Test
    void withoutTailKeepsFailuresAndColdStarts() {
        AuthBehaviour behaviour = AuthBehaviour.coldForTwoToThreeSeconds().failingEvery(4).withoutTail();
        assertThat(behaviour.coldStartMin()).isEqualTo(Duration.ofSeconds(2));
        assertThat(behaviour.coldStartMax()).isEqualTo(Duration.ofSeconds(3));
        LatencyModel model = new LatencyModel(behaviour, STILL, 7);
        int failures = 0;
        for (int i = 0; i < 1000; i++) {
            LatencyModel.Answer answer = model.next();
            failures += answer.fail() ? 1 : 0;
            // the clock never moves: every check waits out the one cold start, 2-3 s
            assertThat(answer.waitNanos()).isBetween(Duration.ofSeconds(2).toNanos(),
                    Duration.ofSeconds(3).plusMillis(1).toNanos());
        }
        assertThat(failures).isEqualTo(250);
        assertThat(model.coldStarts()).isEqualTo(1);
    }
}
