package dev.perfgate.golden.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.breaker.BreakerConfig;
import dev.perfgate.breaker.BreakerState;
import dev.perfgate.golden.auth.AuthBehaviour;
import dev.perfgate.golden.auth.Denial;
import dev.perfgate.golden.load.LoadCounts;
import dev.perfgate.golden.load.LoadPlan;
import dev.perfgate.golden.load.LoadRecorder;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The golden path end to end over real loopback sockets, on short scenarios: a few seconds each,
 * every loop bounded by the plan's connection count and the runner's drain limit. What is asserted
 * is counted independently at the client, the server and the auth service.
 */
class GoldenPathTest {

    @Test
    @Timeout(60)
    void framesSentBeforeReadyAreNeitherProcessedEarlyNorLostAndOnlyTheRogueTokensFail() throws Exception {
        // 30 connections, each sending 5 frames right after its upgrade while its 200 ms session check runs;
        // connections 10, 20 and 30 present a token of a key the auth service never published.
        ScenarioSpec race = Scenario.RACE.spec().at(20, Duration.ofMillis(1500));
        ScenarioSpec spec = new ScenarioSpec(Scenario.RACE,
                race.settings().withAuth(AuthBehaviour.WARM.withSteady(Duration.ofMillis(200))), race.plan(),
                race.rogueEvery(), 0, Outage.NONE);

        ScenarioResult result = new ScenarioRunner(7).run(spec);

        LoadCounts counts = result.counts();
        assertThat(result.finishedInTime()).isTrue();
        assertThat(counts.started()).isEqualTo(30);
        assertThat(counts.finished()).isEqualTo(30);
        assertThat(spec.expectedRogue()).isEqualTo(3);
        // failures match the configuration exactly, seen from the client and from the server
        assertThat(counts.failed()).isEqualTo(3);
        assertThat(counts.outcome(Denial.TOKEN_REJECTED.code())).isEqualTo(3);
        assertThat(counts.outcome(LoadRecorder.OK)).isEqualTo(27);
        assertThat(result.denials().get(Denial.TOKEN_REJECTED)).isEqualTo(3);
        assertThat(result.server().ready()).isEqualTo(27);
        assertThat(result.authChecks()).as("a rogue token never reaches the auth service").isEqualTo(27);
        // no frame before READY: not at the server's application, not as an echo ahead of 'ready'
        assertThat(result.server().processedBeforeReady()).isZero();
        assertThat(counts.echoBeforeReady()).isZero();
        // none lost: every frame a READY connection sent early came back, and every later one
        assertThat(counts.earlySentByReady()).isEqualTo(27 * 5);
        assertThat(counts.earlyEchoed()).isEqualTo(27 * 5);
        assertThat(counts.earlyLost()).isZero();
        assertThat(counts.messagesSent()).isEqualTo(27 * 3);
        assertThat(counts.messagesLost()).isZero();
        // how many early frames arrive before READY is up to the scheduler; that some do is what makes this a race
        assertThat(result.server().buffered()).as("early frames held by the gate until READY").isPositive();
        assertThat(result.server().processed()).isEqualTo(27 * 5 + 27 * 3);
        assertThat(ScenarioSummary.broken(result)).isEmpty();
    }

    @Test
    @Timeout(60)
    void everyInjectedAuthServiceFailureFailsExactlyOneConnectionWithItsCode() throws Exception {
        // every 4th session check answers 503; the breaker is set so that 25 % failures cannot trip it
        GoldenSettings settings = GoldenSettings.steady()
                .withAuth(AuthBehaviour.WARM.failingEvery(4))
                .withBreaker(BreakerConfig.builder().consecutiveFailures(10).failureRatePercent(90).build());
        LoadPlan plan = new LoadPlan(20, Duration.ofMillis(1200), 0, 1, Duration.ofMillis(20));
        ScenarioSpec spec = new ScenarioSpec(Scenario.FIX, settings, plan, 0, 0, Outage.NONE);

        ScenarioResult result = new ScenarioRunner(7).run(spec);

        LoadCounts counts = result.counts();
        assertThat(counts.finished()).isEqualTo(24);
        assertThat(result.authChecks()).isEqualTo(24);
        assertThat(result.authFailures()).isEqualTo(6);
        assertThat(counts.outcome(Denial.AUTH_SERVICE_FAILED.code())).isEqualTo(6);
        assertThat(counts.outcome(LoadRecorder.OK)).isEqualTo(18);
        assertThat(result.denials().get(Denial.AUTH_SERVICE_FAILED)).isEqualTo(6);
        assertThat(result.breaker().state()).isEqualTo(BreakerState.CLOSED);
        assertThat(counts.messagesLost()).isZero();
    }

    @Test
    @Timeout(60)
    void theBreakerOpensDuringAnOutageAndRecoversThroughItsProbeSuccesses() throws Exception {
        GoldenSettings settings = GoldenSettings.steady().withBreaker(BreakerConfig.builder()
                .consecutiveFailures(3).openWait(Duration.ofMillis(300)).successesToClose(2)
                .slowCallDuration(Duration.ofSeconds(3)).probeTimeout(Duration.ofSeconds(3)).build());
        LoadPlan plan = new LoadPlan(20, Duration.ofMillis(3000), 0, 1, Duration.ofMillis(20));
        ScenarioSpec spec = new ScenarioSpec(Scenario.RECOVERY, settings, plan, 0, 0,
                new Outage(Duration.ofMillis(500), Duration.ofMillis(1500)));

        ScenarioResult result = new ScenarioRunner(7).run(spec);

        assertThat(result.transitions()).anyMatch(t -> t.contains("CLOSED -> OPEN (CONSECUTIVE_FAILURES)"));
        assertThat(result.transitions()).anyMatch(t -> t.contains("OPEN -> HALF_OPEN (WAIT_ELAPSED)"));
        assertThat(result.transitions().get(result.transitions().size() - 1))
                .contains("HALF_OPEN -> CLOSED (RECOVERED)");
        assertThat(result.breaker().state()).isEqualTo(BreakerState.CLOSED);
        // every connection that failed was refused by the service or by the breaker, none by anything else
        LoadCounts counts = result.counts();
        assertThat(counts.failed()).isEqualTo(counts.outcome(Denial.AUTH_SERVICE_FAILED.code())
                + counts.outcome(Denial.AUTH_UNAVAILABLE.code()));
        assertThat(counts.outcome(Denial.AUTH_SERVICE_FAILED.code())).isEqualTo(result.authFailures());
        assertThat(counts.outcome(Denial.AUTH_UNAVAILABLE.code())).isPositive();
        assertThat(ScenarioSummary.broken(result)).isEmpty();
    }
}
