package dev.perfgate.budget;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Decides whether, when and with what timeout to make the next attempt of an operation, so that
 * retries never overrun the operation's {@link Deadline}: an attempt starts only if its wait and
 * its whole timeout fit in the remaining budget (exactly fitting is allowed), so no attempt is
 * started that the budget cannot hold and no wait runs past the deadline.
 * Stateless apart from its jitter source; thread-safe when that source is.
 */
public final class RetrySchedule {

    /** Retries whose ceilings are precomputed: beyond this, {@code Math.pow} is paid per decision. */
    private static final int PRECOMPUTED = 32;

    private final RetryPolicy policy;
    private final DoubleSupplier jitterSource;
    private final long[] ceilings;

    /** A schedule drawing jitter from {@link ThreadLocalRandom}. */
    public RetrySchedule(RetryPolicy policy) {
        this(policy, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** A schedule drawing jitter from {@code jitterSource}, which yields values in [0, 1). */
    public RetrySchedule(RetryPolicy policy, DoubleSupplier jitterSource) {
        if (policy == null || jitterSource == null) {
            throw new IllegalArgumentException("policy and jitterSource must be given");
        }
        this.policy = policy;
        this.jitterSource = jitterSource;
        // Math.pow would dominate a decision that is otherwise a clock read and a few compares.
        this.ceilings = new long[Math.min(policy.maxAttempts() - 1, PRECOMPUTED)];
        for (int retry = 1; retry <= ceilings.length; retry++) {
            ceilings[retry - 1] = policy.backoffCeilingNanos(retry);
        }
    }

    public RetryPolicy policy() {
        return policy;
    }

    /**
     * The decision for attempt number {@code attemptsMade + 1}.
     *
     * @param deadline             the operation's deadline
     * @param attemptsMade         attempts already made (0 before the first)
     * @param attemptTimeoutNanos  the timeout this attempt needs (for example from {@link ColdStartTimeouts})
     */
    public NextAttempt next(Deadline deadline, int attemptsMade, long attemptTimeoutNanos) {
        if (attemptsMade < 0 || attemptTimeoutNanos <= 0) {
            throw new IllegalArgumentException("attemptsMade must be >= 0 and attemptTimeoutNanos > 0, were "
                    + attemptsMade + " and " + attemptTimeoutNanos);
        }
        if (attemptsMade >= policy.maxAttempts()) {
            return NextAttempt.GiveUp.ATTEMPTS_EXHAUSTED;
        }
        if (!(deadline.remaining() instanceof Remaining.Left left)) {
            return NextAttempt.GiveUp.BUDGET_EXHAUSTED;
        }
        long wait = attemptsMade == 0 ? 0 : jittered(ceilingNanos(attemptsMade));
        if (wait > left.nanos() - attemptTimeoutNanos) {
            return NextAttempt.GiveUp.BUDGET_EXHAUSTED;
        }
        return new NextAttempt.Proceed(wait, attemptTimeoutNanos);
    }

    private long ceilingNanos(int retry) {
        return retry <= ceilings.length ? ceilings[retry - 1] : policy.backoffCeilingNanos(retry);
    }

    private long jittered(long ceilingNanos) {
        double u = jitterSource.getAsDouble();
        if (!(u >= 0 && u < 1)) {
            throw new IllegalStateException("jitter source must yield values in [0, 1), gave " + u);
        }
        return ceilingNanos - (long) (ceilingNanos * policy.jitter() * u);
    }
}
