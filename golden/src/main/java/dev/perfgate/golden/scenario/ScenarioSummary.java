package dev.perfgate.golden.scenario;

import dev.perfgate.budget.Violation;
import dev.perfgate.golden.auth.Denial;
import dev.perfgate.golden.load.LoadCounts;
import dev.perfgate.golden.load.LoadRecorder;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Says what a scenario run showed, in plain words, and whether it showed what the scenario
 * promises: (a) the incident fails connections, (b) the fix fails none, (c) no frame was processed
 * before READY and none was lost, and the denials are exactly the rogue tokens, (d) the breaker
 * opened and recovered through its probe successes. Stateless.
 */
public final class ScenarioSummary {

    private ScenarioSummary() {
    }

    /** The scenario's promises that the run broke; empty when it kept them all. */
    public static List<String> broken(ScenarioResult r) {
        List<String> broken = new ArrayList<>();
        LoadCounts c = r.counts();
        if (!r.finishedInTime()) {
            broken.add((c.started() - c.finished()) + " connections had not ended when the run's time was up");
        }
        if (c.echoBeforeReady() > 0 || r.server().processedBeforeReady() > 0) {
            broken.add("frames processed before READY: " + r.server().processedBeforeReady() + " at the server, "
                    + c.echoBeforeReady() + " echoes seen before 'ready' by clients");
        }
        if (c.earlyLost() > 0 || c.messagesLost() > 0) {
            broken.add("frames lost: " + c.earlyLost() + " sent before READY, " + c.messagesLost() + " after");
        }
        switch (r.spec().scenario()) {
            case INCIDENT -> {
                if (c.failed() == 0) {
                    broken.add("the incident did not reproduce: no connection failed");
                }
            }
            case FIX -> {
                if (c.failed() > 0) {
                    broken.add(c.failed() + " connections failed with the fix");
                }
            }
            case RACE -> {
                long expected = r.spec().expectedRogue();
                if (c.failed() != expected || c.outcome(Denial.TOKEN_REJECTED.code()) != expected) {
                    broken.add("expected exactly " + expected + " failures, all 'token rejected' (4001), got "
                            + c.failed() + " failures of which " + c.outcome(Denial.TOKEN_REJECTED.code()) + " 4001");
                }
            }
            case RECOVERY -> {
                boolean opened = r.transitions().stream().anyMatch(t -> t.contains("-> OPEN"));
                boolean recovered = r.transitions().stream().anyMatch(t -> t.contains("(RECOVERED)"));
                if (!opened || !recovered) {
                    broken.add("the breaker " + (opened ? "opened but did not recover" : "never opened"));
                }
            }
            default -> throw new IllegalStateException("unknown scenario " + r.spec().scenario());
        }
        return broken;
    }

    public static void print(ScenarioResult r, PrintStream out) {
        LoadCounts c = r.counts();
        ScenarioSpec spec = r.spec();
        out.printf(Locale.ROOT, "%n== golden path: %s ==%n", spec.scenario().title());
        out.printf(Locale.ROOT, "load: %d connections offered at %.0f/s for %s (open loop), %d frames before READY"
                        + " and %d after on each%n", c.started(), spec.plan().ratePerSecond(),
                seconds(spec.plan().duration().toNanos()), spec.plan().earlyMessages(), spec.plan().messages());
        out.printf(Locale.ROOT, "READY: %d of %d (%.1f %%), %.1f connections/s over %.1f s; failed: %d (%.1f %%)%n",
                c.ready(), c.started(), percent(c.ready(), c.started()), r.readyPerSecond(), r.seconds(),
                c.failed(), 100 * r.failureRate());
        for (Map.Entry<Integer, Long> outcome : c.outcomes().entrySet()) {
            if (outcome.getKey() != LoadRecorder.OK) {
                out.printf(Locale.ROOT, "  close %d (%s): %d%n", outcome.getKey(), Denial.describe(outcome.getKey()),
                        outcome.getValue());
            }
        }
        out.println("connect->READY, from each connection's intended start: " + percentiles(r.handshakes()));
        out.println("message round trip, coordinated-omission corrected: " + percentiles(r.roundTrips()));
        out.println("session check as the server timed it: " + percentiles(r.sessionChecks()));
        out.printf(Locale.ROOT, "auth service: %d session checks, %d answered 503, %d cold start%s; JWK Set fetched %d"
                        + " time%s, %d refetch%s refused by the rate limit%n", r.authChecks(), r.authFailures(),
                r.coldStarts(), r.coldStarts() == 1 ? "" : "s", r.jwksFetches(), r.jwksFetches() == 1 ? "" : "s",
                r.refetchesRefused(), r.refetchesRefused() == 1 ? "" : "es");
        out.printf(Locale.ROOT, "frames: %d sent before READY (%d by connections that became READY, %d of them echoed),"
                        + " %d held by the server's gate until READY;"
                        + " %d processed before READY at the server, %d echoes before 'ready' at clients; %d held frames"
                        + " discarded and %d refused by the server's gate on failed connections; %d of %d later"
                        + " frames echoed%n",
                c.earlySent(), c.earlySentByReady(), c.earlyEchoed(), r.server().buffered(), r.server().processedBeforeReady(),
                c.echoBeforeReady(), r.server().discarded(), r.server().refused(), c.messagesEchoed(), c.messagesSent());
        if (!r.transitions().isEmpty()) {
            out.println("breaker transitions:");
            r.transitions().forEach(t -> out.println("  " + t));
        }
        if (!r.recovery().isEmpty()) {
            out.println("breaker recovery progress:");
            r.recovery().forEach(t -> out.println("  " + t));
        }
        out.printf(Locale.ROOT, "breaker at the end: %s, %d calls refused, %d stale results ignored%n",
                r.breaker().state(), r.breaker().rejectedCalls(), r.breaker().staleResults());
        if (r.violations().isEmpty()) {
            out.println("core's consistency check: these settings are consistent");
        } else {
            out.println("core's consistency check of these settings:");
            for (Violation v : r.violations()) {
                out.println("  " + v);
            }
        }
        out.println();
        out.println(verdict(r));
        List<String> broken = broken(r);
        if (!broken.isEmpty()) {
            out.println("NOT AS PROMISED:");
            broken.forEach(b -> out.println("  " + b));
        }
    }

    private static String verdict(ScenarioResult r) {
        LoadCounts c = r.counts();
        return switch (r.spec().scenario()) {
            case INCIDENT -> String.format(Locale.ROOT, "In words: %.1f %% of connections failed. The 0.5 s timeout"
                    + " is shorter than the 2-3 s cold start, so every session check that met it timed out (%d),"
                    + " and the breaker, counting those timeouts, opened and refused the checks after them (%d).",
                    100 * r.failureRate(), c.outcome(Denial.AUTH_TIMEOUT.code()), c.outcome(Denial.AUTH_UNAVAILABLE.code()));
            case FIX -> String.format(Locale.ROOT, "In words: %d of %d connections failed (%.1f %%). The checks that met"
                    + " the cold start got the 3.5 s allowance and waited it out: the slowest handshakes took %s,"
                    + " the median %s.", c.failed(), c.started(), 100 * r.failureRate(),
                    millis(r.handshakes().getMaxValue()), millis(r.handshakes().getValueAtPercentile(50)));
            case RACE -> String.format(Locale.ROOT, "In words: clients sent %d frames before their connection was READY;"
                    + " %d were processed early and %d were lost: all %d sent on connections that became READY came"
                    + " back after 'ready'. The %d connections with an unknown key were refused (4001); their early frames"
                    + " were discarded (%d, held and dropped when the connection failed) or refused (%d, arriving"
                    + " after it failed), counted, never processed.", c.earlySent(),
                    r.server().processedBeforeReady() + c.echoBeforeReady(), c.earlyLost(), c.earlySentByReady(),
                    c.outcome(Denial.TOKEN_REJECTED.code()), r.server().discarded(), r.server().refused());
            case RECOVERY -> String.format(Locale.ROOT, "In words: while the auth service was down (%s to %s) the"
                    + " breaker opened and refused checks instead of waiting on a dead service; it probed again after"
                    + " its wait, and closed once %d probes in a row succeeded, as logged above. %d connections failed"
                    + " (%.1f %%), %d of them refused by the open breaker.",
                    seconds(r.spec().outage().start().toNanos()), seconds(r.spec().outage().end().toNanos()),
                    r.spec().settings().breaker().successesToClose(), c.failed(), 100 * r.failureRate(),
                    c.outcome(Denial.AUTH_UNAVAILABLE.code()));
        };
    }

    /** p50, p99, p99.9 and max of a nanosecond histogram, in milliseconds. */
    static String percentiles(Histogram h) {
        if (h.getTotalCount() == 0) {
            return "no samples";
        }
        return String.format(Locale.ROOT, "p50 %s, p99 %s, p99.9 %s, max %s (%d samples)",
                millis(h.getValueAtPercentile(50)), millis(h.getValueAtPercentile(99)),
                millis(h.getValueAtPercentile(99.9)), millis(h.getMaxValue()), h.getTotalCount());
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, nanos >= 100_000_000 ? "%.0f ms" : "%.2f ms", nanos / 1e6);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
