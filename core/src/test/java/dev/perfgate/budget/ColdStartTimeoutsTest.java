package dev.perfgate.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ColdStartTimeoutsTest {

    private final FakeClock clock = new FakeClock();
    private final TimeoutProfile profile =
            new TimeoutProfile(Duration.ofSeconds(1), Duration.ofMillis(3500), Duration.ofMinutes(5));
    private final ColdStartTimeouts timeouts = new ColdStartTimeouts(profile, clock);

    @Test
    void theFirstCallAndTheFirstAfterAnIdlePeriodGetTheColdStartTimeout() {
        long cold = 3_500_000_000L;
        long steady = 1_000_000_000L;
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(cold);
        clock.advance(Duration.ofSeconds(1));
        timeouts.serviceAnswered();
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(steady);
        clock.advanceNanos(Duration.ofMinutes(5).toNanos() - 1);
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(steady);
        clock.advanceNanos(1);
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(cold); // idle exactly the threshold: cold
        timeouts.serviceAnswered();
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(steady);
    }

    @Test
    void everyEnvironmentAllowsForAColdStartOfThreeSeconds() {
        for (DeploymentEnvironment environment : DeploymentEnvironment.values()) {
            TimeoutProfile defaults = environment.defaultProfile();
            assertThat(defaults.coldStartTimeout()).as(environment.name()).isGreaterThan(Duration.ofSeconds(3));
            assertThat(defaults.coldStartTimeout()).isGreaterThan(defaults.steadyTimeout());
        }
    }

    @Test
    void aColdStartTimeoutShorterThanTheSteadyOneIsRefused() {
        assertThatThrownBy(() -> new TimeoutProfile(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .hasMessageContaining("coldStartTimeout").hasMessageContaining("steadyTimeout");
    }

    @Test
    void whenCallsRaceAfterAnIdlePeriodEveryOneGetsTheColdStartTimeout() throws Exception {
        int threads = 4;
        int rounds = 500;
        AtomicLong now = new AtomicLong(1_000_000_000_000L);
        ColdStartTimeouts shared = new ColdStartTimeouts(profile, now::get);
        AtomicInteger[] coldPerRound = new AtomicInteger[rounds];
        for (int r = 0; r < rounds; r++) {
            coldPerRound[r] = new AtomicInteger();
        }
        // Between rounds the clock jumps past the idle threshold, then every thread calls at once;
        // once all have asked, the service answers each, so the next round starts warm, then idles.
        CyclicBarrier barrier = new CyclicBarrier(threads, () -> now.addAndGet(Duration.ofMinutes(6).toNanos()));
        CyclicBarrier allAsked = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        barrier.await(10, TimeUnit.SECONDS);
                        if (shared.nextTimeoutNanos() == profile.coldStartTimeout().toNanos()) {
                            coldPerRound[r].incrementAndGet();
                        }
                        allAsked.await(10, TimeUnit.SECONDS);
                        shared.serviceAnswered();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int r = 0; r < rounds; r++) {
            assertThat(coldPerRound[r].get()).as("round %d", r).isEqualTo(threads);
        }
    }
}
