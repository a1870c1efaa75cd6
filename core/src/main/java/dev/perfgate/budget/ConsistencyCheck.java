package dev.perfgate.budget;

import dev.perfgate.breaker.BreakerConfig;
import dev.perfgate.time.Nanos;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a handshake deadline, auth timeouts, retry policy and breaker settings fit
 * together, and lists every violation in plain words with its arithmetic, for use at startup and
 * in CI. It exists because each setting can look sane alone while together they break: a retry
 * schedule that overruns the handshake, a cold-start allowance the deadline cannot hold.
 * Stateless and thread-safe.
 */
public final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    /** Every violation found; empty when the settings are consistent. */
    public static List<Violation> check(ResilienceSettings settings) {
        List<Violation> violations = new ArrayList<>();
        long deadline = settings.handshakeDeadline().toNanos();
        TimeoutProfile timeouts = settings.timeouts();
        long steady = timeouts.steadyTimeout().toNanos();
        long cold = timeouts.coldStartTimeout().toNanos();
        RetryPolicy retry = settings.retry();
        BreakerConfig breaker = settings.breaker();

        long backoff = retry.worstCaseBackoffNanos();
        int attempts = retry.maxAttempts();
        // Saturating: settings up to 100 years and 1,000 attempts must not wrap into a pass.
        long worstCase = Nanos.saturatedAdd(Nanos.saturatedAdd(cold, Nanos.saturatedMultiply(attempts - 1, steady)),
                backoff);
        if (worstCase > deadline) {
            String attemptsText = cold == steady
                    ? attempts + " attempts × " + seconds(steady)
                    : "1 cold-start attempt × " + seconds(cold)
                            + (attempts > 1 ? " + " + (attempts - 1) + " attempts × " + seconds(steady) : "");
            violations.add(new Violation(Violation.Rule.RETRIES_OVERRUN_DEADLINE,
                    attemptsText + " + " + seconds(backoff) + " backoff = " + seconds(worstCase)
                            + " exceeds the " + seconds(deadline) + " handshake deadline"));
        }
        if (cold > deadline) {
            violations.add(new Violation(Violation.Rule.COLD_START_EXCEEDS_DEADLINE,
                    "cold-start timeout " + seconds(cold) + " exceeds the " + seconds(deadline)
                            + " handshake deadline: the first call after an idle period can never complete"));
        }
        long wait = breaker.openWait().toNanos();
        if (wait > deadline) {
            violations.add(new Violation(Violation.Rule.BREAKER_WAIT_EXCEEDS_BUDGET,
                    "breaker wait " + seconds(wait) + " is longer than the client's whole budget of "
                            + seconds(deadline) + ": a rejected client gives up before the breaker probes again"));
        }
        long probeTimeout = breaker.probeTimeout().toNanos();
        if (probeTimeout < cold) {
            violations.add(new Violation(Violation.Rule.PROBE_TIMEOUT_BELOW_COLD_START,
                    "breaker probe timeout " + seconds(probeTimeout) + " is shorter than the "
                            + seconds(cold) + " cold-start timeout: a probe that meets a cold start"
                            + " is counted failed while it may still succeed"));
        }
        long slowCall = breaker.slowCallDuration().toNanos();
        if (slowCall >= steady) {
            violations.add(new Violation(Violation.Rule.SLOW_CALL_UNREACHABLE,
                    "breaker slow-call duration " + seconds(slowCall) + " is not shorter than the "
                            + seconds(steady) + " steady auth timeout: calls time out before they count as slow"));
        }
        long coldStart = settings.dependencyColdStart().toNanos();
        if (cold < coldStart) {
            violations.add(new Violation(Violation.Rule.COLD_START_TIMEOUT_BELOW_LATENCY,
                    "cold-start timeout " + seconds(cold) + " is shorter than the dependency's "
                            + seconds(coldStart) + " cold start: every call that meets a cold start times out"));
        }
        if (probeTimeout < coldStart) {
            violations.add(new Violation(Violation.Rule.PROBE_TIMEOUT_BELOW_LATENCY,
                    "breaker probe timeout " + seconds(probeTimeout) + " is shorter than the dependency's "
                            + seconds(coldStart) + " cold start: a probe that meets a cold start is counted"
                            + " failed while it would succeed"));
        }
        return List.copyOf(violations);
    }

    /** {@code 7.4 s}, {@code 30.0 s}, {@code 0.25 s}: millisecond precision, at least one decimal. */
    static String seconds(long nanos) {
        if (nanos == Long.MAX_VALUE) {
            return "more than 292 years";
        }
        BigDecimal value = BigDecimal.valueOf(nanos, 9).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (value.scale() < 1) {
            value = value.setScale(1, RoundingMode.UNNECESSARY);
        }
        return value.toPlainString() + " s";
    }
}
