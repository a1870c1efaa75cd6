package dev.perfgate.launcher;

import dev.perfgate.golden.tracking.GoldenTracking;
import dev.perfgate.golden.tracking.JmhJsonWriter;
import dev.perfgate.golden.tracking.TrackingPlan;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.jmh.MachineEnvironment;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Run;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The main job's golden-path step: after the JMH suite, measures the steady golden path (a real
 * WebSocket server, auth service and open-loop clients on loopback, see the golden module) on the
 * profile's plan, writes its JMH-format JSON beside the suite's, and reads it back with the
 * tracker's own reader, so the golden path is recorded, compared with the baseline and reported
 * like every benchmark. It runs when no REGEXP is given, or with {@code --golden}; never with
 * {@code --no-golden}. Not thread-safe; one per launch.
 */
final class GoldenStep {

    private final PrintStream out;

    GoldenStep(PrintStream out) {
        this.out = out;
    }

    static boolean applies(LaunchOptions options) {
        return !options.noGolden && (options.golden || options.includes.isEmpty());
    }

    /** Measures the golden path and returns {@code suite} with its results added. */
    Run appendTo(Run suite, Profile profile, Path suiteJson) throws IOException {
        TrackingPlan plan = switch (profile) {
            case QUICK -> TrackingPlan.QUICK;
            case FULL -> TrackingPlan.FULL;
            case SMOKE -> TrackingPlan.SMOKE;
        };
        Path json = suiteJson.resolveSibling(suiteJson.getFileName().toString().replace("jmh-result", "golden-result"));
        out.printf("perfgate: golden path, %d forks x (%s warmup + %d x %s) at %.0f connections/s, results to %s%n",
                plan.forks(), plan.warmup(), plan.iterations(), plan.iterationTime(), plan.rate(), json);
        List<String> skipped = new ArrayList<>();
        List<String> written;
        try {
            written = JmhJsonWriter.write(new GoldenTracking(out, GoldenTracking.Forks.FRESH_JVM).run(plan), plan, json,
                    skipped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while measuring the golden path", e);
        }
        skipped.forEach(s -> out.println("perfgate: golden path left out " + s));
        if (written.isEmpty()) {
            // An empty measurement says the machine was too busy, not that the suite failed: track the rest.
            out.println("perfgate: golden path measured nothing to track; the suite is tracked without it");
            return suite;
        }
        MachineEnvironment.current().writeSidecar(json);
        Run golden = new JmhResultReader(MachineEnvironment.current()).read(json);
        List<BenchmarkResult> all = new ArrayList<>(suite.results());
        all.addAll(golden.results());
        return new Run(suite.info(), all);
    }
}
