package dev.perfgate.breaker;

import dev.perfgate.time.Nanos;
import java.time.Duration;

/**
 * Every setting of a {@link CircuitBreaker}, validated on construction (a bad value is refused
 * with a message naming it). Build one with {@link #builder()}. Immutable and thread-safe.
 *
 * <p>Thresholds are inclusive: the breaker trips when the failure rate is <em>at least</em>
 * {@code failureRatePercent} (once {@code minimumCalls} calls are in the window), when the
 * slow-call rate is at least {@code slowCallRatePercent}, or on the
 * {@code consecutiveFailures}-th failure in a row. A call is slow when it took strictly longer
 * than {@code slowCallDuration}, and only while {@code slowCallDetection} is on.
 *
 * <p>Slow-call detection is what makes a CLOSED breaker read its clock: with it on, every guarded
 * call reads the clock before and after the call; with it off (and no call listener added), a
 * CLOSED call reads no clock at all. HALF_OPEN probes are always timed against
 * {@code probeTimeout}, from the time their permit was issued.
 *
 * @param window              the sliding window over which rates are computed
 * @param minimumCalls        calls the window must hold before a rate can trip the breaker
 * @param failureRatePercent  failure rate that trips the breaker, in (0, 100]
 * @param slowCallRatePercent slow-call rate that trips the breaker, in (0, 100]
 * @param slowCallDuration    a call taking longer than this is slow
 * @param slowCallDetection   whether calls are timed and judged slow at all (off: no call is slow)
 * @param consecutiveFailures failures in a row that trip the breaker regardless of rates, at least 1
 * @param openWait            how long the breaker stays OPEN before admitting probes
 * @param maxConcurrentProbes probes HALF_OPEN admits at the same time, at least 1
 * @param successesToClose    probe successes that close the breaker, at least 1
 * @param probeTimeout        a probe that has not reported back after this long counts as failed
 */
public record BreakerConfig(
        WindowSpec window,
        int minimumCalls,
        double failureRatePercent,
        double slowCallRatePercent,
        Duration slowCallDuration,
        boolean slowCallDetection,
        int consecutiveFailures,
        Duration openWait,
        int maxConcurrentProbes,
        int successesToClose,
        Duration probeTimeout) {

    public BreakerConfig {
        if (window == null) {
            throw new IllegalArgumentException("window must be given");
        }
        if (minimumCalls < 1) {
            throw new IllegalArgumentException("minimumCalls must be at least 1, was " + minimumCalls);
        }
        if (window instanceof WindowSpec.Count count && minimumCalls > count.size()) {
            throw new IllegalArgumentException("minimumCalls " + minimumCalls
                    + " can never be reached in a count window of " + count.size());
        }
        requirePercent("failureRatePercent", failureRatePercent);
        requirePercent("slowCallRatePercent", slowCallRatePercent);
        Nanos.ofSetting("slowCallDuration", slowCallDuration, false);
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("consecutiveFailures must be at least 1, was " + consecutiveFailures);
        }
        Nanos.ofSetting("openWait", openWait, true);
        if (maxConcurrentProbes < 1 || maxConcurrentProbes > 1024) {
            throw new IllegalArgumentException("maxConcurrentProbes must be 1..1024, was " + maxConcurrentProbes);
        }
        if (successesToClose < 1) {
            throw new IllegalArgumentException("successesToClose must be at least 1, was " + successesToClose);
        }
        Nanos.ofSetting("probeTimeout", probeTimeout, false);
    }

    private static void requirePercent(String name, double value) {
        if (!(value > 0 && value <= 100)) {
            throw new IllegalArgumentException(name + " must be in (0, 100], was " + value);
        }
    }

    /** A builder starting from defaults suited to an auth-service client (see {@link Builder}). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link BreakerConfig}. Defaults: a count window of 100 calls, 10 minimum calls,
     * 50 % failure rate, 100 % slow-call rate, slow-call detection on with a 2 s slow-call
     * duration, 5 consecutive failures,
     * 5 s open wait, 1 concurrent probe, 3 successes to close, 5 s probe timeout.
     * Not thread-safe: build on one thread.
     */
    public static final class Builder {
        private WindowSpec window = new WindowSpec.Count(100);
        private int minimumCalls = 10;
        private double failureRatePercent = 50;
        private double slowCallRatePercent = 100;
        private Duration slowCallDuration = Duration.ofSeconds(2);
        private boolean slowCallDetection = true;
        private int consecutiveFailures = 5;
        private Duration openWait = Duration.ofSeconds(5);
        private int maxConcurrentProbes = 1;
        private int successesToClose = 3;
        private Duration probeTimeout = Duration.ofSeconds(5);

        private Builder() {
        }

        public Builder countWindow(int size) {
            window = new WindowSpec.Count(size);
            return this;
        }

        public Builder timeWindow(Duration length, int buckets) {
            window = new WindowSpec.Time(length, buckets);
            return this;
        }

        public Builder minimumCalls(int value) {
            minimumCalls = value;
            return this;
        }

        public Builder failureRatePercent(double value) {
            failureRatePercent = value;
            return this;
        }

        public Builder slowCallRatePercent(double value) {
            slowCallRatePercent = value;
            return this;
        }

        /** A call taking longer than {@code value} is slow; turns slow-call detection on. */
        public Builder slowCallDuration(Duration value) {
            slowCallDuration = value;
            slowCallDetection = true;
            return this;
        }

        /**
         * No call is ever slow, and a CLOSED breaker with no call listener reads no clock. For a
         * dependency whose own timeout already bounds every call (a timeout is a failure), slow
         * calls tell nothing the failure rate does not, and timing each call is pure cost.
         */
        public Builder withoutSlowCallDetection() {
            slowCallDetection = false;
            return this;
        }

        public Builder consecutiveFailures(int value) {
            consecutiveFailures = value;
            return this;
        }

        public Builder openWait(Duration value) {
            openWait = value;
            return this;
        }

        public Builder maxConcurrentProbes(int value) {
            maxConcurrentProbes = value;
            return this;
        }

        public Builder successesToClose(int value) {
            successesToClose = value;
            return this;
        }

        public Builder probeTimeout(Duration value) {
            probeTimeout = value;
            return this;
        }

        public BreakerConfig build() {
            return new BreakerConfig(window, minimumCalls, failureRatePercent, slowCallRatePercent,
                    slowCallDuration, slowCallDetection, consecutiveFailures, openWait, maxConcurrentProbes,
                    successesToClose, probeTimeout);
        }
    }
}
