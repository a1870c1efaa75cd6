package dev.perfgate.golden.tracking;

import dev.perfgate.golden.scenario.GoldenCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code golden.jar track}: measures the steady golden path and writes JMH-format JSON for
 * {@code tracker ingest}, {@code compare} and {@code ab}. Not thread-safe; one per process.
 */
@Command(name = "track", mixinStandardHelpOptions = true,
        description = {"Measures the steady golden path (warm auth service) and writes JMH-format JSON:",
            "connect->READY, message round trip and session-check latency (SampleTime), connections READY per second."})
public final class TrackCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    GoldenCli parent;

    @Option(names = "--profile", description = "quick (default, ~1.5 min), full (~3.5 min) or smoke: the defaults of the options below.")
    String profile = "quick";

    @Option(names = "--rate", description = "Connections started per second.")
    Double rate;

    @Option(names = "--forks", description = "Fresh golden paths measured one after another.")
    Integer forks;

    @Option(names = "--warmup", converter = dev.perfgate.golden.scenario.DurationConverter.class, description = "Load before measuring, e.g. 2s.")
    Duration warmup;

    @Option(names = "--warmup-rate", description = "Connections per second during the warmup; another rate than --rate"
            + " makes the warmup a load of its own, drained before measuring (the JIT counts calls, not seconds).")
    Double warmupRate;

    @Option(names = "--iterations", description = "Measurement iterations per fork.")
    Integer iterations;

    @Option(names = "--iteration-time", converter = dev.perfgate.golden.scenario.DurationConverter.class, description = "Length of each, e.g. 2s.")
    Duration iterationTime;

    @Option(names = "--auth-latency", converter = dev.perfgate.golden.scenario.DurationConverter.class,
            description = "The auth service's steady session-check latency (default 1ms): raise it to see a regression.")
    Duration authLatency;

    @Option(names = "--in-process", description = "Run every fork in this JVM instead of a fresh JVM each (faster, forks share one JIT).")
    boolean inProcess;

    @Option(names = {"--out", "-o"}, description = "Where the JSON goes (default: ${DEFAULT-VALUE}).")
    Path out = Path.of(".perfgate", "results", "golden-result.json");

    @Override
    public Integer call() throws Exception {
        TrackingPlan plan = plan();
        List<ForkMeasurement> forksMeasured = new GoldenTracking(parent.out(),
                inProcess ? GoldenTracking.Forks.IN_THIS_JVM : GoldenTracking.Forks.FRESH_JVM).run(plan);
        List<String> skipped = new ArrayList<>();
        List<String> written = JmhJsonWriter.write(forksMeasured, plan, out, skipped);
        print(plan, forksMeasured, written, skipped);
        return written.isEmpty() ? 1 : 0;
    }

    /** The profile's plan with the options given on top. */
    TrackingPlan plan() {
        TrackingPlan base = switch (profile.toLowerCase(Locale.ROOT)) {
            case "quick" -> TrackingPlan.QUICK;
            case "full" -> TrackingPlan.FULL;
            case "smoke" -> TrackingPlan.SMOKE;
            default -> throw new IllegalArgumentException("--profile must be quick, full or smoke, was '" + profile + "'");
        };
        return new TrackingPlan(rate != null ? rate : base.rate(), forks != null ? forks : base.forks(),
                warmup != null ? warmup : base.warmup(), iterations != null ? iterations : base.iterations(),
                iterationTime != null ? iterationTime : base.iterationTime(),
                authLatency != null ? authLatency : base.authLatency(),
                warmupRate != null ? warmupRate : base.warmupRateAt(rate != null ? rate : base.rate()));
    }

    private void print(TrackingPlan plan, List<ForkMeasurement> forks, List<String> written, List<String> skipped) {
        Histogram handshakes = new Histogram(3);
        long ready = 0;
        for (ForkMeasurement fork : forks) {
            fork.handshakes().forEach(handshakes::add);
            for (long n : fork.ready()) {
                ready += n;
            }
        }
        double seconds = plan.forks() * plan.iterations() * plan.iterationTime().toNanos() / 1e9;
        parent.out().printf(Locale.ROOT, "%ngolden path tracked: %d forks x %d iterations of %s at %.0f connections/s"
                        + " offered (open loop)%n", plan.forks(), plan.iterations(), plan.iterationTime(), plan.rate());
        parent.out().printf(Locale.ROOT, "  %.1f connections READY per second; connect->READY p50 %.2f ms, p99 %.2f ms,"
                        + " p99.9 %.2f ms, max %.2f ms (%d handshakes)%n", ready / seconds,
                handshakes.getValueAtPercentile(50) / 1e6, handshakes.getValueAtPercentile(99) / 1e6,
                handshakes.getValueAtPercentile(99.9) / 1e6, handshakes.getMaxValue() / 1e6, handshakes.getTotalCount());
        parent.out().println("  JMH-format JSON: " + out.toAbsolutePath() + " (" + String.join(", ", written) + ")");
        skipped.forEach(s -> parent.out().println("  left out: " + s));
    }
}
