package dev.perfgate.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.breaker.BreakerConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {

    /** The dependency's longest observed cold start; every profile below but the seed incident's covers it. */
    private static final Duration OBSERVED_COLD_START = Duration.ofSeconds(2);
    private static final TimeoutProfile FLAT_TWO_SECONDS =
            new TimeoutProfile(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMinutes(5));
    /** Waits 0.4 s then 1.0 s: 1.4 s of backoff over three attempts. */
    private static final RetryPolicy THREE_ATTEMPTS =
            new RetryPolicy(3, Duration.ofMillis(400), 2.5, Duration.ofSeconds(5), 0.2);
    private static final BreakerConfig SANE_BREAKER = BreakerConfig.builder().openWait(Duration.ofSeconds(3))
            .probeTimeout(Duration.ofSeconds(4)).slowCallDuration(Duration.ofMillis(800)).build();

    @Test
    void retriesThatOverrunTheHandshakeAreSpelledOut() {
        List<Violation> violations = ConsistencyCheck.check(
                new ResilienceSettings(Duration.ofSeconds(5), FLAT_TWO_SECONDS, THREE_ATTEMPTS, SANE_BREAKER, OBSERVED_COLD_START));
        assertThat(violations).extracting(Violation::message).containsExactly(
                "3 attempts × 2.0 s + 1.4 s backoff = 7.4 s exceeds the 5.0 s handshake deadline");
    }

    @Test
    void aWorstCaseExactlyAtTheDeadlineIsAllowed() {
        assertThat(ConsistencyCheck.check(new ResilienceSettings(Duration.ofMillis(7_400), FLAT_TWO_SECONDS,
                THREE_ATTEMPTS, SANE_BREAKER, OBSERVED_COLD_START))).isEmpty();
        assertThat(ConsistencyCheck.check(new ResilienceSettings(Duration.ofMillis(7_399), FLAT_TWO_SECONDS,
                THREE_ATTEMPTS, SANE_BREAKER, OBSERVED_COLD_START))).extracting(Violation::rule)
                .containsExactly(Violation.Rule.RETRIES_OVERRUN_DEADLINE);
    }

    @Test
    void theColdStartAttemptIsCountedAtItsOwnTimeout() {
        TimeoutProfile prod = DeploymentEnvironment.PROD.defaultProfile(); // 1 s steady, 3.5 s cold
        List<Violation> violations = ConsistencyCheck.check(
                new ResilienceSettings(Duration.ofSeconds(5), prod, THREE_ATTEMPTS, SANE_BREAKER, OBSERVED_COLD_START));
        assertThat(violations).extracting(Violation::message).containsExactly(
                "1 cold-start attempt × 3.5 s + 2 attempts × 1.0 s + 1.4 s backoff = 6.9 s exceeds the 5.0 s handshake deadline");
    }

    @Test
    void everyBreakerMismatchIsListedInPlainWords() {
        TimeoutProfile slowCold = new TimeoutProfile(Duration.ofSeconds(1), Duration.ofSeconds(12), Duration.ofMinutes(5));
        BreakerConfig breaker = BreakerConfig.builder().openWait(Duration.ofSeconds(30))
                .probeTimeout(Duration.ofMillis(250)).slowCallDuration(Duration.ofSeconds(1)).build();
        List<Violation> violations = ConsistencyCheck.check(new ResilienceSettings(Duration.ofSeconds(10), slowCold,
                new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO, 0), breaker, Duration.ofMillis(200)));
        assertThat(violations).extracting(Violation::rule).containsExactly(
                Violation.Rule.RETRIES_OVERRUN_DEADLINE,
                Violation.Rule.COLD_START_EXCEEDS_DEADLINE,
                Violation.Rule.BREAKER_WAIT_EXCEEDS_BUDGET,
                Violation.Rule.PROBE_TIMEOUT_BELOW_COLD_START,
                Violation.Rule.SLOW_CALL_UNREACHABLE);
        assertThat(violations).extracting(Violation::message).contains(
                "cold-start timeout 12.0 s exceeds the 10.0 s handshake deadline: "
                        + "the first call after an idle period can never complete",
                "breaker wait 30.0 s is longer than the client's whole budget of 10.0 s: "
                        + "a rejected client gives up before the breaker probes again",
                "breaker probe timeout 0.25 s is shorter than the 12.0 s cold-start timeout: "
                        + "a probe that meets a cold start is counted failed while it may still succeed",
                "breaker slow-call duration 1.0 s is not shorter than the 1.0 s steady auth timeout: "
                        + "calls time out before they count as slow");
    }

    @Test
    void aConsistentSetupHasNoViolations() {
        TimeoutProfile prod = DeploymentEnvironment.PROD.defaultProfile();
        assertThat(ConsistencyCheck.check(new ResilienceSettings(Duration.ofSeconds(10), prod, THREE_ATTEMPTS,
                SANE_BREAKER, OBSERVED_COLD_START))).isEmpty();
    }

    /** The seed incident: a hard-coded 0.5 s auth timeout against cold starts of 2–3 s. */
    @Test
    void timeoutsBelowTheDependencysColdStartAreFlagged() {
        TimeoutProfile halfSecond = new TimeoutProfile(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMinutes(5));
        BreakerConfig breaker = BreakerConfig.builder().openWait(Duration.ofSeconds(3))
                .probeTimeout(Duration.ofSeconds(1)).slowCallDuration(Duration.ofMillis(400)).build();
        List<Violation> violations = ConsistencyCheck.check(new ResilienceSettings(Duration.ofSeconds(10), halfSecond,
                new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO, 0), breaker, Duration.ofSeconds(3)));
        assertThat(violations).extracting(Violation::rule).containsExactly(
                Violation.Rule.COLD_START_TIMEOUT_BELOW_LATENCY, Violation.Rule.PROBE_TIMEOUT_BELOW_LATENCY);
        assertThat(violations).extracting(Violation::message).containsExactly(
                "cold-start timeout 0.5 s is shorter than the dependency's 3.0 s cold start: "
                        + "every call that meets a cold start times out",
                "breaker probe timeout 1.0 s is shorter than the dependency's 3.0 s cold start: "
                        + "a probe that meets a cold start is counted failed while it would succeed");
    }

    @Test
    void aColdStartLatencyIsRequiredAndBounded() {
        TimeoutProfile prod = DeploymentEnvironment.PROD.defaultProfile();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ResilienceSettings(Duration.ofSeconds(10), prod,
                THREE_ATTEMPTS, SANE_BREAKER, null)).hasMessageContaining("dependencyColdStart");
    }
}
