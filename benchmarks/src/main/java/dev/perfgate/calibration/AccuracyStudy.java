package dev.perfgate.calibration;

import dev.perfgate.launcher.Profile;
import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparer;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.OutputFormat;
import dev.perfgate.tracker.compare.Thresholds;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Run;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The accuracy study: how often does the tracker's CI gate cry wolf, and how often does it catch a
 * real slowdown, on this machine, at the fork count and iteration times CI really uses? It runs
 * {@link CalibrationBenchmark} for real, batch by batch (one JMH run of one variant each, fresh
 * forks), pairs disjoint batches into A/A comparisons (0 % against 0 %) and A/B comparisons (0 %
 * against +5, +10, +20 % of the same work), compares each pair with the tracker's {@link Comparer}
 * exactly as {@code tracker compare} would, and prints per cell the rate with its 95 % Wilson
 * interval, plus the forks and wall time used.
 *
 * <p>Run it (it takes JMH's machine-wide lock for the whole study, about 24 minutes here, 960 forks):
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.perfgate.calibration.AccuracyStudy
 * java -cp benchmarks/target/benchmarks.jar dev.perfgate.calibration.AccuracyStudy --quick   # a minute, proves it runs
 * </pre>
 * Not thread-safe; one study per machine at a time.
 */
@Command(name = "accuracy-study", mixinStandardHelpOptions = true,
        description = "Measures the compare gate's false-positive and detection rates on real JMH runs.")
public final class AccuracyStudy implements Callable<Integer> {

    @Option(names = "--quick", description = "A tiny study that only proves the pipeline (its numbers mean nothing).")
    boolean quick;

    // Each side of a comparison defaults to the quick profile's batch: the gate CI actually runs.
    @Option(names = "--forks", description = "Forks per batch, i.e. per side of a comparison (default: ${DEFAULT-VALUE};"
            + " with 2, t(0.995, 2 df) = 9.9 makes every interval too wide to detect 10%).")
    int forks = Profile.QUICK.forks();

    @Option(names = "--warmup", description = "Warmup iterations per fork (default: ${DEFAULT-VALUE}).")
    int warmupIterations = Profile.QUICK.warmupIterations();

    @Option(names = "--warmup-ms", description = "Warmup iteration time in ms (default: ${DEFAULT-VALUE}).")
    long warmupMillis = Profile.QUICK.warmupMillis();

    @Option(names = "--iterations", description = "Measurement iterations per fork (default: ${DEFAULT-VALUE}).")
    int measurementIterations = Profile.QUICK.measurementIterations();

    @Option(names = "--iteration-ms", description = "Measurement iteration time in ms (default: ${DEFAULT-VALUE}).")
    long measurementMillis = Profile.QUICK.measurementMillis();

    @Option(names = "--aa", description = "A/A comparisons (default: ${DEFAULT-VALUE}).")
    int aaComparisons = 100;

    @Option(names = "--ab", description = "A/B comparisons per slowdown cell (default: ${DEFAULT-VALUE}).")
    int abComparisons = 20;

    @Option(names = "--slowdowns", split = ",", description = "Injected slowdowns in percent (default: 5,10,20).")
    List<Integer> slowdowns = List.of(5, 10, 20);

    @Option(names = "--threshold", description = "The gate's practical threshold (default: ${DEFAULT-VALUE}).")
    String threshold = "2%";

    @Option(names = "--confidence", description = "The gate's confidence (default: ${DEFAULT-VALUE}).")
    double confidence = CompareSettings.DEFAULT_CONFIDENCE;

    @Option(names = "--seed", description = "Seed of the schedule and the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed = CompareSettings.DEFAULT_SEED;

    @Option(names = "--verbose", description = "Print every comparison as tracker compare would.")
    boolean verbose;

    private final PrintStream out;

    AccuracyStudy(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AccuracyStudy(System.out)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (quick) {
            forks = 2;
            warmupIterations = 1;
            warmupMillis = 20;
            measurementIterations = 2;
            measurementMillis = 20;
            aaComparisons = 2;
            abComparisons = 1;
        }
        List<StudyCell> cells = new ArrayList<>();
        cells.add(new StudyCell(0, aaComparisons));
        slowdowns.forEach(s -> cells.add(new StudyCell(s, abComparisons)));
        CalibrationBatches batches = new CalibrationBatches(forks, warmupIterations, warmupMillis,
                measurementIterations, measurementMillis);
        Comparer comparer = new Comparer(new CompareSettings(Thresholds.uniform(Thresholds.parsePercent(threshold)),
                confidence, CompareSettings.DEFAULT_RESAMPLES, seed, List.of()));
        StudySchedule schedule = StudySchedule.plan(cells, Math.max(1, abComparisons), seed);
        Instant start = Instant.now();
        List<Run> runs = new ArrayList<>();
        for (int slowdown : schedule.batches()) {
            runs.add(batches.run(slowdown));
            if (runs.size() % 20 == 0) {
                System.err.printf("accuracy study: %d of %d batches, %s%n", runs.size(), schedule.batches().size(),
                        Duration.between(start, Instant.now()).withNanos(0));
            }
        }
        Duration took = Duration.between(start, Instant.now());
        Map<StudyCell, CellTally> tallies = new LinkedHashMap<>();
        cells.forEach(cell -> tallies.put(cell, new CellTally(cell)));
        for (StudySchedule.Pair pair : schedule.pairs()) {
            Comparison comparison = comparer.compare(runs.get(pair.baselineBatch()), runs.get(pair.currentBatch()));
            tallies.get(pair.cell()).add(comparison);
            if (verbose) {
                out.print(pair.cell().label() + ": " + OutputFormat.TEXT.render(comparison));
            }
        }
        print(tallies.values(), batches, schedule, took, runs.get(0).info().environment());
        return 0;
    }

    private void print(Iterable<CellTally> tallies, CalibrationBatches batches, StudySchedule schedule, Duration took,
            Environment environment) {
        out.printf("perfgate accuracy study%s, %s%n", quick ? " (--quick: numbers mean nothing)" : "", Instant.now());
        out.printf("machine: %s ×%d, %s %s%n", environment.cpuModel(), environment.cores(), environment.jvmName(),
                environment.jdkVersion());
        out.printf("gate: threshold ±%s, confidence %s, statistics mean+p50+p99 (SampleTime default), seed %d%n",
                threshold, confidence, seed);
        out.printf("each side: %s; %d batches, %d forks, %s wall time%n%n", batches.describe(),
                schedule.batches().size(), schedule.batches().size() * batches.forks(), took.withNanos(0));
        out.println("| cell       | counts           |   n | rate              | 95% Wilson      | median detectable |");
        out.println("|------------|------------------|----:|-------------------|-----------------|------:|");
        tallies.forEach(t -> t.rows().forEach(out::println));
    }
}
