package dev.perfgate.launcher;

import dev.perfgate.calibration.KnownWorkBenchmark;
import dev.perfgate.tracker.jmh.RunnerResults;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Run;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The measurement behind {@link WarmupPlan}: runs the suite with no warmup and many measurement
 * iterations of the quick profile's length, and prints per benchmark class how many iterations
 * its forks took to reach their plateau ({@link WarmupAnalysis}). Run it through the
 * machine's JMH queue:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.perfgate.launcher.WarmupStudy --json warmup.json
 * </pre>
 * About 15 minutes on the 2-core machine (measured 2026-12-02: 14 min 13 s). Not thread-safe; one per machine at a time.
 */
@Command(name = "warmup-study", mixinStandardHelpOptions = true,
        description = "Measures how many iterations each benchmark class needs before it is steady.")
public final class WarmupStudy implements Callable<Integer> {

    @Option(names = "--forks", description = "Forks per key (default: ${DEFAULT-VALUE}).")
    int forks = 2;

    @Option(names = "--iterations", description = "Iterations per fork, none of them warmup (default: ${DEFAULT-VALUE}).")
    int iterations = 20;

    @Option(names = "--iteration-ms", description = "Iteration time in ms (default: the quick profile's, ${DEFAULT-VALUE}).")
    long iterationMillis = Profile.QUICK.measurementMillis();

    @Option(names = "--tolerance", description = "How far off the plateau still counts as warming up (default: ${DEFAULT-VALUE}).")
    double tolerance = 0.10;

    @Option(names = "--json", description = "Also keep JMH's JSON of the run here.")
    String json;

    @Option(names = "--from", description = "Analyse this JMH JSON (of an earlier --json) instead of running.")
    java.nio.file.Path from;

    @Option(names = "--include", description = "Only benchmarks matching this (default: the main job's suite).")
    String include = ".*";

    private final PrintStream out;

    WarmupStudy(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new WarmupStudy(System.out)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Run run = from != null ? new dev.perfgate.tracker.jmh.JmhResultReader().read(from) : measure();
        print(run);
        return 0;
    }

    private Run measure() throws org.openjdk.jmh.runner.RunnerException {
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(include).exclude(KnownWorkBenchmark.class.getName()).forks(forks).warmupIterations(0)
                .measurementIterations(iterations).measurementTime(TimeValue.milliseconds(iterationMillis));
        if (json != null) {
            builder.resultFormat(ResultFormatType.JSON).result(json);
        }
        Collection<RunResult> results = new Runner(builder.build()).run();
        return RunnerResults.toRun(results);
    }

    private void print(Run run) {
        Map<String, List<Integer>> forksByClass = new TreeMap<>();
        Map<String, Integer> keysByClass = new TreeMap<>();
        for (BenchmarkResult result : run.results()) {
            String benchmark = result.key().benchmark();
            String owner = benchmark.substring(0, benchmark.lastIndexOf('.'));
            forksByClass.computeIfAbsent(owner, k -> new ArrayList<>())
                    .addAll(WarmupAnalysis.forkIterationsToSteady(result, tolerance));
            keysByClass.merge(owner, 1, Integer::sum);
        }
        out.printf(Locale.ROOT, "warmup study: %s; no warmup; a fork is steady from the first iteration whose centred window of"
                + " %d lies within %.0f %% of its plateau (median of its last two fifths)%n%n", from != null ? from
                : forks + " forks × " + iterations + " iterations of " + iterationMillis + " ms",
                WarmupAnalysis.WINDOW, 100 * tolerance);
        out.println("| class | keys | forks | iterations to steady: median | 90th percentile (the plan) | most |");
        out.println("|-------|-----:|------:|-----:|-----:|-----:|");
        forksByClass.forEach((owner, figures) -> {
            List<Integer> sorted = figures.stream().sorted().toList();
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", owner.replace("dev.perfgate.", ""),
                    keysByClass.get(owner), sorted.size(), sorted.get(sorted.size() / 2),
                    WarmupAnalysis.classIterationsToSteady(sorted), sorted.get(sorted.size() - 1));
        });
    }
}
