package dev.perfgate.breaker;

import static dev.perfgate.breaker.Breakers.acquire;
import static dev.perfgate.breaker.Breakers.fail;
import static dev.perfgate.breaker.Breakers.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every CLOSED → OPEN rule at its boundary: at the threshold trips, one below does not. */
class TripThresholdTest {

    private final FakeClock clock = new FakeClock();
    private final List<Transition> transitions = new ArrayList<>();

    private CircuitBreaker breaker(BreakerConfig.Builder builder) {
        CircuitBreaker breaker = new CircuitBreaker(builder.build(), clock);
        breaker.addListener(transitions::add);
        return breaker;
    }

    private static BreakerConfig.Builder ratesOnly() {
        return BreakerConfig.builder().countWindow(10).minimumCalls(10).failureRatePercent(50)
                .consecutiveFailures(1_000);
    }

    @Test
    void consecutiveFailuresTripOnTheNthAndASuccessResetsTheRun() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder().consecutiveFailures(3).minimumCalls(100));
        fail(breaker, 2);
        succeed(breaker, 1);
        fail(breaker, 2);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(breaker.metrics().consecutiveFailures()).isEqualTo(2);
        fail(breaker, 1);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(transitions).singleElement().satisfies(t -> {
            assertThat(t.cause()).isEqualTo(TransitionCause.CONSECUTIVE_FAILURES);
            assertThat(t.generation()).isEqualTo(1);
        });
    }

    @Test
    void failureRateTripsAtExactlyTheThresholdNotBelow() {
        CircuitBreaker below = breaker(ratesOnly());
        Breakers.each(below, "FSFSFSFSSS", c -> { });
        assertThat(below.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(below.metrics().failureRatePercent()).isEqualTo(40.0);

        CircuitBreaker at = breaker(ratesOnly());
        Breakers.each(at, "FSFSFSFSF", c -> assertThat(at.state()).isEqualTo(BreakerState.CLOSED));
        succeed(at, 1); // the 10th call reaches minimumCalls with 5 of 10 failed: a success trips it
        assertThat(at.state()).isEqualTo(BreakerState.OPEN);
        assertThat(transitions).last().extracting(Transition::cause).isEqualTo(TransitionCause.FAILURE_RATE);
    }

    @Test
    void noRateTripsBeforeMinimumCallsEvenAtOneHundredPercent() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder().countWindow(20).minimumCalls(5)
                .failureRatePercent(100).consecutiveFailures(1_000));
        fail(breaker, 4);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        fail(breaker, 1);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void aCallIsSlowOnlyWhenStrictlyLongerThanTheSlowCallDuration() {
        BreakerConfig.Builder config = BreakerConfig.builder().countWindow(4).minimumCalls(4)
                .slowCallRatePercent(50).slowCallDuration(Duration.ofMillis(100));
        long limit = Duration.ofMillis(100).toNanos();

        CircuitBreaker atLimit = breaker(config);
        for (int i = 0; i < 4; i++) {
            atLimit.onSuccess(acquire(atLimit), limit);
        }
        assertThat(atLimit.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(atLimit.metrics().slowCallRatePercent()).isZero();

        CircuitBreaker over = breaker(config);
        over.onSuccess(acquire(over), limit + 1);
        over.onSuccess(acquire(over), 0);
        over.onSuccess(acquire(over), 0);
        assertThat(over.state()).isEqualTo(BreakerState.CLOSED);
        over.onSuccess(acquire(over), limit + 1); // 2 of 4 slow: exactly 50 %
        assertThat(over.state()).isEqualTo(BreakerState.OPEN);
        assertThat(transitions).last().extracting(Transition::cause).isEqualTo(TransitionCause.SLOW_CALL_RATE);
    }

    @Test
    void countWindowForgetsTheOldestCall() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder().countWindow(4).minimumCalls(4)
                .failureRatePercent(50).consecutiveFailures(1_000));
        Breakers.each(breaker, "FSSS", c -> { });
        assertThat(breaker.metrics().failureRatePercent()).isEqualTo(25.0);
        Breakers.each(breaker, "F", c -> { }); // evicts the first F: still 1 of 4
        assertThat(breaker.metrics().calls()).isEqualTo(4);
        assertThat(breaker.metrics().failureRatePercent()).isEqualTo(25.0);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        Breakers.each(breaker, "F", c -> { }); // evicts an S: 2 of 4
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void healthyCallsSkippedOnAFullCleanWindowStillLetAFailureAgeOutAfterExactlyNCalls() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder().countWindow(4).minimumCalls(4)
                .failureRatePercent(50).consecutiveFailures(1_000));
        succeed(breaker, 4 + 10);
        fail(breaker, 1);
        succeed(breaker, 3);
        assertThat(breaker.metrics().failureRatePercent()).isEqualTo(25.0);
        succeed(breaker, 1);
        assertThat(breaker.metrics().failureRatePercent()).isZero();
        assertThat(breaker.metrics().calls()).isEqualTo(4);
    }

    @Test
    void timeWindowForgetsCallsOlderThanItsLength() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder().timeWindow(Duration.ofSeconds(10), 10)
                .minimumCalls(4).failureRatePercent(50).consecutiveFailures(1_000));
        fail(breaker, 1);
        succeed(breaker, 1);
        fail(breaker, 1);
        clock.advance(Duration.ofSeconds(9)); // the first bucket is still inside the 10 s window
        assertThat(breaker.metrics().calls()).isEqualTo(3);
        clock.advance(Duration.ofSeconds(1)); // now it has aged out
        assertThat(breaker.metrics().calls()).isZero();
        succeed(breaker, 2);
        fail(breaker, 1);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED); // 1 of 3, below minimumCalls
        fail(breaker, 1);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);   // 2 of 4
        assertThat(transitions).last().extracting(Transition::cause).isEqualTo(TransitionCause.FAILURE_RATE);
    }

    @Test
    void timeWindowCountsCallsAcrossBucketsWithoutCalls() {
        CircuitBreaker breaker = breaker(BreakerConfig.builder().timeWindow(Duration.ofSeconds(10), 10)
                .minimumCalls(4).failureRatePercent(50).consecutiveFailures(1_000));
        fail(breaker, 1);
        clock.advance(Duration.ofSeconds(3));
        succeed(breaker, 1);
        clock.advance(Duration.ofSeconds(5));
        succeed(breaker, 1);
        assertThat(breaker.metrics().calls()).isEqualTo(3);
        fail(breaker, 1);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }
}
