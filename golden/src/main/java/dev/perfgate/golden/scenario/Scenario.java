package dev.perfgate.golden.scenario;

import dev.perfgate.breaker.BreakerConfig;
import dev.perfgate.budget.TimeoutProfile;
import dev.perfgate.golden.auth.AuthBehaviour;
import dev.perfgate.golden.load.LoadPlan;
import java.time.Duration;

/**
 * The golden path's scenarios, each a command of {@code golden.jar}. Their defaults are the
 * incidents of the seed test plan; rate and duration can be changed on the command line.
 * Immutable and thread-safe.
 */
public enum Scenario {
    /**
     * (a) #395: a 0.5 s session-check timeout, no cold-start allowance, an auth service that is
     * cold for 2–3 s, and clients arriving at 50/s.
     */
    INCIDENT("the incident: 0.5 s auth timeout against a 2-3 s cold start") {
        @Override
        public ScenarioSpec spec() {
            GoldenSettings settings = GoldenSettings.steady()
                    .withAuth(AuthBehaviour.coldForTwoToThreeSeconds())
                    .withTimeouts(new TimeoutProfile(HALF_SECOND, HALF_SECOND, Duration.ofSeconds(30)));
            return new ScenarioSpec(this, settings, load(50, 10), 0, 0, Outage.NONE);
        }
    },
    /**
     * (b) The fix: the same service and load, with the cold-start-aware budget (0.5 s steady,
     * 3.5 s while the service may be cold) and a breaker whose slow-call duration does not count
     * the cold start's waits as slow.
     */
    FIX("the fix: a cold-start-aware budget against the same cold start") {
        @Override
        public ScenarioSpec spec() {
            GoldenSettings settings = GoldenSettings.steady()
                    .withAuth(AuthBehaviour.coldForTwoToThreeSeconds())
                    .withTimeouts(new TimeoutProfile(HALF_SECOND, COLD_ALLOWANCE, Duration.ofSeconds(30)))
                    .withBreaker(BreakerConfig.builder().slowCallDuration(COLD_ALLOWANCE).build());
            return new ScenarioSpec(this, settings, load(50, 10), 0, 0, Outage.NONE);
        }
    },
    /**
     * (c) #372: every client sends 5 frames right after its upgrade, while the server is still
     * authenticating it (50 ms session checks); every 10th presents a token of an unknown key.
     */
    RACE("accept racing auth: frames sent before READY") {
        @Override
        public ScenarioSpec spec() {
            GoldenSettings settings = GoldenSettings.steady().withAuth(AuthBehaviour.WARM.withSteady(Duration.ofMillis(50)));
            LoadPlan plan = new LoadPlan(50, Duration.ofSeconds(5), 5, 3, Duration.ofMillis(20));
            return new ScenarioSpec(this, settings, plan, 10, 0, Outage.NONE);
        }
    },
    /**
     * (d) The auth service fails every check from 2 s to 5 s, then recovers; the breaker opens
     * after 5 failures in a row, probes after 1 s, and closes after 3 probe successes.
     */
    RECOVERY("the auth service fails, then recovers") {
        @Override
        public ScenarioSpec spec() {
            GoldenSettings settings = GoldenSettings.steady().withBreaker(BreakerConfig.builder()
                    .consecutiveFailures(5).openWait(Duration.ofSeconds(1)).successesToClose(3)
                    .slowCallDuration(COLD_ALLOWANCE).probeTimeout(COLD_ALLOWANCE).build());
            return new ScenarioSpec(this, settings, load(50, 8), 0, 0,
                    new Outage(Duration.ofSeconds(2), Duration.ofSeconds(5)));
        }
    };

    static final Duration HALF_SECOND = Duration.ofMillis(500);
    static final Duration COLD_ALLOWANCE = Duration.ofMillis(3500);

    private final String title;

    Scenario(String title) {
        this.title = title;
    }

    /** The scenario with its default settings and load. */
    public abstract ScenarioSpec spec();

    /** What it shows, in a few words. */
    public String title() {
        return title;
    }

    /** Its command name. */
    public String command() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static LoadPlan load(double rate, int seconds) {
        return new LoadPlan(rate, Duration.ofSeconds(seconds), 0, 2, Duration.ofMillis(50));
    }
}
