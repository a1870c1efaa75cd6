package dev.perfgate.calibration;

import dev.perfgate.tracker.ab.AbOutcome;
import dev.perfgate.tracker.ab.AbRunner;
import dev.perfgate.tracker.ab.AbSettings;
import dev.perfgate.tracker.ab.JmhArguments;
import dev.perfgate.tracker.ab.JmhJar;
import dev.perfgate.tracker.ab.JmhMachineLock;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.OutputFormat;
import dev.perfgate.tracker.compare.SequentialLooks;
import dev.perfgate.tracker.compare.Thresholds;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The A/B study: how often does {@code tracker ab} decide, cry wolf, and catch a known slowdown, on
 * this machine, in each pairing mode, and how does the main job's baseline mode do on the same
 * load? For every true change it makes a second build of this jar that differs only by the {@link
 * KnownWorkBenchmark#EXTRA_WORK_RESOURCE} resource (+0 % is the A/A), and measures the pair once per
 * mode and repeat, in a shuffled order so that no cell always meets the same load: the real A/B
 * exactly as {@code tracker ab} runs it, or ({@link StudyMode#BASELINE}) one run of each build and
 * {@code compare}'s rule ({@link BaselineTrial}). Every method of {@link KnownWorkBenchmark} is one
 * trial; with {@code --suite}, every key of the main job's suite in an A/A. It prints one row per
 * cell with Wilson intervals.
 *
 * <p>Run it through the machine's JMH queue, with the load injector beside it for CI conditions:
 * <pre>
 * java -jar tracker/target/tracker.jar load --duration 90m &amp;
 * java -cp benchmarks/target/benchmarks.jar dev.perfgate.calibration.AbStudy --repeats 2 --modes interleaved,duet,baseline
 * java -cp benchmarks/target/benchmarks.jar dev.perfgate.calibration.AbStudy --suite --modes duet   # whole-suite A/A
 * java -cp benchmarks/target/benchmarks.jar dev.perfgate.calibration.AbStudy --quick   # proves it runs
 * </pre>
 * Its forks run with {@code -Djmh.ignoreLock=true} (a duet runs two JMH processes at once), so
 * nothing else may run JMH meanwhile. Not thread-safe; one study per machine at a time.
 */
@Command(name = "ab-study", mixinStandardHelpOptions = true,
        description = "Measures tracker ab's decisions, false alarms and detection on builds of known difference.")
public final class AbStudy implements Callable<Integer> {

    @Option(names = "--quick", description = "A tiny study that only proves the pipeline (its numbers mean nothing).")
    boolean quick;

    @Option(names = "--modes", split = ",",
            description = "interleaved, duet (tracker ab's pairings) and baseline (the main job's mode) (default: interleaved,duet).")
    List<StudyMode> modes = List.of(StudyMode.INTERLEAVED, StudyMode.DUET);

    @Option(names = "--suite", description = "An A/A of the whole main-job suite instead of KnownWorkBenchmark:"
            + " every key a trial, --against's iterations, threshold 5 %%, 15 minutes per A/B.")
    boolean suite;

    @Option(names = "--thresholds", description = "Threshold and reference rules, as baselines/thresholds.conf"
            + " (default: a uniform --threshold, no references).")
    Path thresholdsFile;

    @Option(names = "--baseline-forks", description = "Forks of each side in baseline mode (default: the quick profile's, ${DEFAULT-VALUE}).")
    int baselineForks = 3;

    @Option(names = "--changes", split = ",", description = "True extra work of the head build, percent (default: 0,5,10,20).")
    List<Integer> changes = List.of(0, 5, 10, 20);

    @Option(names = "--repeats", description = "A/B runs per cell; each gives five trials (default: ${DEFAULT-VALUE}).")
    int repeats = 1;

    @Option(names = "--budget", description = "Wall time of each A/B run, in minutes (default: ${DEFAULT-VALUE}).")
    double budgetMinutes = 4;

    @Option(names = "--threshold", description = "The gate's practical threshold (default: ${DEFAULT-VALUE}).")
    String threshold = "2%";

    @Option(names = "--confidence", description = "Confidence over all looks (default: ${DEFAULT-VALUE}).")
    double confidence = 0.99;

    @Option(names = "--max-pairs", description = "The most pairs a trial gets (default: ${DEFAULT-VALUE}).")
    int maxPairs = 10;

    @Option(names = "--jmh", description = "JMH iteration options of every fork (default: ${DEFAULT-VALUE}).")
    String jmhOptions = "-wi 2 -w 200ms -i 5 -r 200ms";

    @Option(names = "--seed", description = "Seed of the order, the schedules and the bootstraps (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--verbose", description = "Print every A/B as tracker ab would.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final PrintStream out;

    AbStudy(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AbStudy(System.out)).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    /** One A/B run of the study: a mode, a true change and a repeat. */
    private record Cell(StudyMode mode, int change, int repeat) {}

    @Override
    public Integer call() throws Exception {
        if (suite) {
            // the suite's defaults; what the user gave stays
            changes = List.of(0);
            threshold = given("--threshold") ? threshold : "5%";
            budgetMinutes = given("--budget") ? budgetMinutes : 15;
            jmhOptions = given("--jmh") ? jmhOptions : "-i 3 -r 200ms"; // as --against: each class's @Warmup
        }
        if (quick) {
            changes = List.of(0, 20);
            repeats = 1;
            budgetMinutes = 0.5;
            maxPairs = 3;
            baselineForks = 2;
            jmhOptions = "-wi 0 -i 1 -r 20ms";
        }
        Path jar = Path.of(AbStudy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path work = Files.createTempDirectory("perfgate-ab-study");
        Map<Integer, Path> builds = new LinkedHashMap<>();
        for (int change : changes) {
            builds.put(change, buildWithExtraWork(jar, change, work));
        }
        List<Cell> cells = new ArrayList<>();
        for (int repeat = 0; repeat < repeats; repeat++) {
            for (int change : changes) {
                for (StudyMode mode : modes) {
                    cells.add(new Cell(mode, change, repeat));
                }
            }
        }
        Collections.shuffle(cells, new Random(seed));
        Map<String, AbCellTally> tallies = new LinkedHashMap<>();
        for (StudyMode mode : modes) {
            for (int change : changes) {
                tallies.put(mode + "/" + change, new AbCellTally(mode, change));
            }
        }
        List<String> jmh = new ArrayList<>(suite ? List.of("-e", KnownWorkBenchmark.class.getName())
                : List.of(KnownWorkBenchmark.class.getName() + ".trial"));
        jmh.addAll(List.of(jmhOptions.trim().split("\\s+")));
        Thresholds thresholds = thresholdsFile == null ? Thresholds.uniform(Thresholds.parsePercent(threshold))
                : Thresholds.load(thresholdsFile, Thresholds.parsePercent(threshold));
        Instant start = Instant.now();
        double[] load = new double[] {Double.MAX_VALUE, 0};
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            AbCellTally tally = tallies.get(cell.mode() + "/" + cell.change());
            Comparison comparison;
            if (cell.mode().abMode().isPresent()) {
                AbSettings settings = new AbSettings(thresholds,
                        new SequentialLooks(confidence, Math.min(3, maxPairs), maxPairs),
                        Duration.ofMillis((long) (budgetMinutes * 60_000)), seed + i, 1000, cell.mode().abMode().get(),
                        AbSettings.DEFAULT_DUET_CPUS);
                JmhArguments arguments = JmhArguments.parse(jmh);
                List<String> javaOptions = List.of(JmhMachineLock.IGNORE_LOCK);
                AbRunner runner = new AbRunner(new JmhJar(jar, arguments, javaOptions, work),
                        new JmhJar(builds.get(cell.change()), arguments, javaOptions, work), settings, System::nanoTime,
                        new PrintWriter(System.err, true));
                AbOutcome outcome = runner.run();
                tally.add(outcome);
                comparison = outcome.comparison();
            } else {
                Instant started = Instant.now();
                comparison = new BaselineTrial(jmh, baselineForks, work).run(jar, builds.get(cell.change()), thresholds,
                        seed + i);
                tally.add(comparison, Map.of(), Duration.between(started, Instant.now()));
            }
            double now = LoadAverage.oneMinute();
            load[0] = Math.min(load[0], now);
            load[1] = Math.max(load[1], now);
            System.err.printf(Locale.ROOT, "ab study: %d of %d A/B runs (%s +%d %%), %s, load %.1f%n", i + 1,
                    cells.size(), cell.mode(), cell.change(), Duration.between(start, Instant.now()).withNanos(0), now);
            if (verbose) {
                out.print(cell.mode() + " +" + cell.change() + "%: " + OutputFormat.TEXT.render(comparison));
            }
        }
        out.printf("perfgate A/B study%s, %s, %d A/B runs in %s, load average %.1f–%.1f%n",
                quick ? " (--quick: numbers mean nothing)" : "", Instant.now(), cells.size(),
                Duration.between(start, Instant.now()).withNanos(0), load[0], load[1]);
        out.printf("%s; each fork: %s; threshold ±%s, confidence %s over looks at %s pairs; budget %.1f min per A/B;"
                + " baseline mode %d forks a side; seed %d%n%n", suite ? "A/A of the whole suite" : "KnownWorkBenchmark",
                jmhOptions, threshold, confidence, new SequentialLooks(confidence, Math.min(3, maxPairs), maxPairs).schedule(),
                budgetMinutes, baselineForks, seed);
        out.println(AbCellTally.header());
        tallies.values().forEach(t -> out.println(t.row()));
        return 0;
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** A copy of {@code jar} that does {@code percent} more work in every KnownWorkBenchmark method. */
    static Path buildWithExtraWork(Path jar, int percent, Path dir) throws IOException {
        Path copy = dir.resolve("known-work-plus-" + percent + ".jar");
        Files.copy(jar, copy);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
            Path entry = zip.getPath(KnownWorkBenchmark.EXTRA_WORK_RESOURCE);
            Files.createDirectories(entry.getParent());
            Files.writeString(entry, Integer.toString(percent), StandardCharsets.US_ASCII);
        }
        return copy;
    }
}
