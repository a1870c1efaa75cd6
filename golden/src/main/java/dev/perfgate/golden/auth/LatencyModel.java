package dev.perfgate.golden.auth;

import dev.perfgate.time.NanoClock;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides, for each session check the auth service receives, how long it waits and whether it
 * fails, from an {@link AuthBehaviour}. A check that arrives while the service is cold waits for
 * the cold start to end, as every request to a service scaling up from zero does; the first check
 * after an idle period starts a new cold start. Thread-safe: the cold-start window is one
 * synchronized decision per check (checks are milliseconds apart, so the lock is never hot).
 */
final class LatencyModel {

    private final AuthBehaviour behaviour;
    private final NanoClock clock;
    private final SplittableRandom random;
    private final AtomicLong checks = new AtomicLong();
    private long lastCheckNanos;
    private long warmAtNanos;
    private boolean everCalled;
    private long coldStarts;

    LatencyModel(AuthBehaviour behaviour, NanoClock clock, long seed) {
        this.behaviour = behaviour;
        this.clock = clock;
        this.random = new SplittableRandom(seed);
    }

    /** What the check arriving now gets: how long to wait before answering, and whether to fail. */
    Answer next() {
        long number = checks.incrementAndGet();
        long now = clock.nanoTime();
        long coldWait;
        synchronized (this) {
            if (!everCalled || now - lastCheckNanos >= behaviour.idleThreshold().toNanos()) {
                long min = behaviour.coldStartMin().toNanos();
                long span = behaviour.coldStartMax().toNanos() - min;
                warmAtNanos = now + min + (span > 0 ? random.nextLong(span + 1) : 0);
                if (min + span > 0) {
                    coldStarts++;
                }
                everCalled = true;
            }
            lastCheckNanos = now;
            coldWait = Math.max(0, warmAtNanos - now);
        }
        boolean tail = behaviour.tailEvery() > 0 && number % behaviour.tailEvery() == 0;
        long latency = (tail ? behaviour.tail() : behaviour.steady()).toNanos();
        boolean fail = behaviour.failEvery() > 0 && number % behaviour.failEvery() == 0;
        return new Answer(coldWait + latency, fail);
    }

    synchronized long coldStarts() {
        return coldStarts;
    }

    /** One check's fate. */
    record Answer(long waitNanos, boolean fail) {
    }
}
