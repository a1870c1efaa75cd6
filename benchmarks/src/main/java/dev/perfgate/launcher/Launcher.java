package dev.perfgate.launcher;

import dev.perfgate.calibration.KnownWorkBenchmark;
import dev.perfgate.tracker.jmh.MachineEnvironment;
import dev.perfgate.tracker.jmh.RunnerResults;
import dev.perfgate.tracker.model.Run;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import picocli.CommandLine;

/**
 * Main class of {@code benchmarks.jar}: the main job.
 *
 * <p>With JMH options it is JMH's own {@code Main}, unchanged. With none (or only its own
 * {@code --} options) it runs the suite on a {@link Profile}, writes JMH's JSON, and hands the
 * result to the tracking steps (record, compare, report). Not thread-safe; one per process.
 */
public final class Launcher {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final Clock clock;

    Launcher(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    public static void main(String[] args) throws Exception {
        if (LaunchOptions.isJmhCommandLine(args)) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        System.exit(new Launcher(System.out, Clock.systemUTC()).run(args));
    }

    int run(String[] args) {
        LaunchOptions options = new LaunchOptions();
        CommandLine cli = new CommandLine(options).setCaseInsensitiveEnumValuesAllowed(true);
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            out.println("benchmarks.jar: " + e.getMessage());
            cli.usage(out);
            return 2;
        }
        if (options.help) {
            cli.usage(out);
            return 0;
        }
        if (options.against != null) {
            return against(options);
        }
        try {
            Path json = resultFile(options);
            Collection<RunResult> results = runSuite(options, json);
            // The JSON does not say which machine measured it; the sidecar does, for a later `tracker ingest`.
            MachineEnvironment.current().writeSidecar(json);
            Run run = RunnerResults.toRun(results);
            if (GoldenStep.applies(options)) {
                run = new GoldenStep(out).appendTo(run, options.profile, json);
            }
            Summary summary = new TrackingSteps(out).after(run, options, GitRevision.ofWorkingDirectory());
            summary.print(out, json);
            return summary.exitCode();
        } catch (RunnerException e) {
            out.println("benchmarks.jar: JMH failed: " + e.getMessage());
            return 1;
        } catch (java.io.IOException | RuntimeException e) {
            // The tracker's exceptions carry messages written for people: say it and stop.
            out.println("benchmarks.jar: " + e.getMessage());
            return 2;
        }
    }

    /**
     * {@code --against REV}: the A/B of REV's build (the base) against this jar (the head), on the
     * profile's measurement iterations after each class's own {@code @Warmup}, interleaved by
     * {@code tracker ab}, recorded and reported. Its exit code is the A/B's: 0 nothing regressed,
     * 1 a regression, 2 a bad revision or a failed build.
     */
    private int against(LaunchOptions options) {
        RevisionBuild builds = new RevisionBuild(out);
        Path baseJar;
        try {
            baseJar = builds.jarOf(builds.resolve(options.against.isEmpty() ? null : options.against));
        } catch (java.io.IOException | IllegalArgumentException e) {
            out.println("benchmarks.jar: " + e.getMessage());
            return 2;
        }
        Path headJar;
        try {
            headJar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            out.println("benchmarks.jar: cannot tell where this jar is: " + e.getMessage());
            return 2;
        }
        Profile p = options.profile;
        List<String> args = new ArrayList<>(List.of("ab", baseJar.toString(), headJar.toString()));
        args.addAll(options.includes);
        if (options.includes.isEmpty()) {
            args.addAll(List.of("-e", KnownWorkBenchmark.class.getName())); // as the main job: by name only
        }
        if (options.mode != null) {
            args.addAll(List.of("--mode", options.mode));
        }
        // no -wi/-w: each class's own @Warmup (the measured time to steady state) applies to both builds
        args.addAll(List.of("-i", String.valueOf(p.measurementIterations()), "-r", p.measurementMillis() + "ms",
                "--budget", options.budget, "--report", options.reportDir.toString()));
        if (options.db != null) {
            args.addAll(List.of("--db", options.db));
        }
        out.println("perfgate: A/B of " + baseJar + " (base) against this build, " + p.name().toLowerCase()
                + " iterations, budget " + options.budget);
        return dev.perfgate.tracker.cli.TrackerCli.execute(args.toArray(String[]::new));
    }

    private Path resultFile(LaunchOptions options) throws java.io.IOException {
        Files.createDirectories(options.resultsDir);
        return options.resultsDir.resolve(
                "jmh-result-" + options.profile.name().toLowerCase() + "-" + STAMP.format(clock.instant()) + ".json");
    }

    /**
     * Runs the selected benchmarks on the profile, one JMH run per warmup length ({@link
     * WarmupPlan}), and writes all their results to {@code json} as one JMH result file.
     */
    private Collection<RunResult> runSuite(LaunchOptions options, Path json) throws RunnerException {
        List<String> includes = options.includes.isEmpty() ? List.of(".*") : options.includes;
        // the A/B study's workload measures the tracker, not perfgate: only by name
        List<String> excludes = options.includes.isEmpty() ? List.of(KnownWorkBenchmark.class.getName()) : List.of();
        Map<Integer, List<String>> byWarmup = new TreeMap<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(out, VerboseMode.SILENT), includes, excludes)) {
            String benchmark = entry.getUsername();
            int warmup = WarmupPlan.warmupIterations(options.profile, entry);
            List<String> group = byWarmup.computeIfAbsent(warmup, k -> new ArrayList<>());
            if (!group.contains(benchmark)) {
                group.add(benchmark);
            }
        }
        if (byWarmup.isEmpty()) {
            throw new RunnerException("no benchmark matched " + options.includes);
        }
        out.printf("perfgate: %s profile, results to %s%n", options.profile.name().toLowerCase(), json);
        List<RunResult> results = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> group : byWarmup.entrySet()) {
            ChainedOptionsBuilder builder = options.profile.applyTo(new OptionsBuilder()).warmupIterations(group.getKey());
            group.getValue().forEach(benchmark -> builder.include("^" + Pattern.quote(benchmark) + "$"));
            results.addAll(new Runner(builder.build()).run());
        }
        ResultFormatFactory.getInstance(ResultFormatType.JSON, json.toString()).writeOut(results);
        return results;
    }
}
