package dev.perfgate.handshake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs racers on real threads, round after round: every round gets a fresh scenario, all racers
 * are released together by a barrier, each jitters a random few spins so the orders vary, and the
 * scenario is verified once all have finished. Bounded: rounds are counted and the whole run has a
 * time limit, so a deadlock fails the test instead of hanging the build.
 */
final class RaceRunner {

    private static final long TIME_LIMIT_SECONDS = 60;

    private RaceRunner() {
    }

    @SafeVarargs
    static <S> void race(int rounds, Supplier<S> setUp, Consumer<S> verify, Consumer<S>... racers)
            throws InterruptedException {
        AtomicReference<S> current = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CyclicBarrier start = new CyclicBarrier(racers.length, () -> current.set(setUp.get()));
        CyclicBarrier end = new CyclicBarrier(racers.length, () -> verify.accept(current.get()));
        AtomicInteger arrived = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (Consumer<S> racer : racers) {
            Thread thread = new Thread(() -> {
                try {
                    for (int round = 0; round < rounds; round++) {
                        start.await(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
                        alignStart(arrived, (round + 1) * racers.length);
                        jitter();
                        racer.accept(current.get());
                        end.await(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
                    }
                } catch (BrokenBarrierException e) {
                    failure.compareAndSet(null, e); // a sibling's failure, recorded first, wins
                } catch (Throwable e) {
                    failure.set(e);
                    start.reset();
                    end.reset();
                }
            }, "racer-" + threads.size());
            threads.add(thread);
            thread.start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS);
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (thread.isAlive()) {
                threads.forEach(Thread::interrupt);
                throw new AssertionError(thread.getName() + " did not finish within " + TIME_LIMIT_SECONDS + " s");
            }
        }
        Throwable thrown = failure.get();
        if (thrown instanceof AssertionError assertion) {
            throw assertion;
        }
        if (thrown != null) {
            throw new AssertionError("a racer failed", thrown);
        }
    }

    /**
     * The barrier wakes parked threads one by one, tens of microseconds apart; spinning until all
     * racers are awake lines their starts up far closer, so short operations really overlap.
     */
    private static void alignStart(AtomicInteger arrived, int target) {
        arrived.incrementAndGet();
        for (int spins = 0; arrived.get() < target; spins++) {
            if (spins > 1_000) {
                Thread.yield(); // more racers than cores: let a descheduled one run
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** Spins a random short while so that which racer goes first varies from round to round. */
    static void jitter() {
        pause(64);
    }

    /** Spins a random number of times below {@code maxSpins}. */
    static void pause(int maxSpins) {
        int spins = ThreadLocalRandom.current().nextInt(maxSpins);
        for (int i = 0; i < spins; i++) {
            Thread.onSpinWait();
        }
    }
}
