package dev.perfgate.golden.scenario;

import dev.perfgate.golden.load.LoadPlan;
import java.time.Duration;

/**
 * One scenario: the golden path's settings, the load offered, which connections present a bad
 * token, and an auth-service outage. Immutable and thread-safe.
 *
 * @param scenario     which scenario this is
 * @param settings     the golden path's settings
 * @param plan         the load
 * @param rogueEvery   every n-th connection (n, 2n, ...) presents a token signed by an unknown key (0: none)
 * @param revokedEvery every n-th connection presents a token of a revoked session (0: none)
 * @param outage       when the auth service is down
 */
public record ScenarioSpec(Scenario scenario, GoldenSettings settings, LoadPlan plan, int rogueEvery,
                           int revokedEvery, Outage outage) {

    public ScenarioSpec {
        if (rogueEvery < 0 || revokedEvery < 0) {
            throw new IllegalArgumentException("rogueEvery and revokedEvery must be >= 0");
        }
    }

    /** This scenario at another rate and duration. */
    public ScenarioSpec at(double rate, Duration duration) {
        return new ScenarioSpec(scenario, settings, plan.at(rate, duration), rogueEvery, revokedEvery, outage);
    }

    /** How many connections present a rogue token: exactly those numbered n, 2n, ... */
    public long expectedRogue() {
        return rogueEvery == 0 ? 0 : plan.connections() / rogueEvery;
    }

    /** How many present a revoked session's token (rogue ones take precedence). */
    public long expectedRevoked() {
        if (revokedEvery == 0) {
            return 0;
        }
        long revoked = 0;
        for (long i = 1; i <= plan.connections(); i++) {
            if (i % revokedEvery == 0 && (rogueEvery == 0 || i % rogueEvery != 0)) {
                revoked++;
            }
        }
        return revoked;
    }

    /** The token kind of connection {@code i} (0-based): numbered from 1 for the every-n rules. */
    TokenKind tokenOf(long i) {
        long n = i + 1;
        if (rogueEvery > 0 && n % rogueEvery == 0) {
            return TokenKind.ROGUE;
        }
        if (revokedEvery > 0 && n % revokedEvery == 0) {
            return TokenKind.REVOKED;
        }
        return TokenKind.VALID;
    }

    /** What a connection presents. */
    enum TokenKind { VALID, ROGUE, REVOKED }
}
