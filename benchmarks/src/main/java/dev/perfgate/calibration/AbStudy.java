package dev.perfgate.calibration;

import dev.perfgate.tracker.ab.AbMode;
import dev.perfgate.tracker.ab.AbOutcome;
import dev.perfgate.tracker.ab.AbRunner;
import dev.perfgate.tracker.ab.AbSettings;
import dev.perfgate.tracker.ab.JmhArguments;
import dev.perfgate.tracker.ab.JmhJar;
import dev.perfgate.tracker.ab.JmhMachineLock;
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
import picocli.CommandLine.Option;

/**
 * The A/B study: how often does {@code tracker ab} decide, cry wolf, and catch a known slowdown, on
 * this machine, in each pairing mode? For every true change it makes a second build of this jar
 * that differs only by the {@link KnownWorkBenchmark#EXTRA_WORK_RESOURCE} resource (+0 % is the
 * A/A), and runs the real A/B of this jar against it, exactly as {@code tracker ab} does, once per
 * mode and repeat, in a shuffled order so that no cell always meets the same load. Every method of
 * {@link KnownWorkBenchmark} is one trial. It prints one row per cell with Wilson intervals.
 *
 * <p>Run it through the machine's JMH queue, with the load injector beside it for CI conditions:
 * <pre>
 * java -jar tracker/target/tracker.jar load --duration 90m &amp;
 * java -cp benchmarks/target/benchmarks.jar dev.perfgate.calibration.AbStudy --repeats 2
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

    @Option(names = "--modes", split = ",", description = "Pairing modes (default: interleaved,duet).")
    List<AbMode> modes = List.of(AbMode.INTERLEAVED, AbMode.DUET);

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

    private final PrintStream out;

    AbStudy(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AbStudy(System.out)).execute(args));
    }

    /** One A/B run of the study: a mode, a true change and a repeat. */
    private record Cell(AbMode mode, int change, int repeat) {}

    @Override
    public Integer call() throws Exception {
        if (quick) {
            changes = List.of(0, 20);
            repeats = 1;
            budgetMinutes = 0.5;
            maxPairs = 3;
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
                for (AbMode mode : modes) {
                    cells.add(new Cell(mode, change, repeat));
                }
            }
        }
        Collections.shuffle(cells, new Random(seed));
        Map<String, AbCellTally> tallies = new LinkedHashMap<>();
        for (AbMode mode : modes) {
            for (int change : changes) {
                tallies.put(mode + "/" + change, new AbCellTally(mode, change));
            }
        }
        List<String> jmh = new ArrayList<>(List.of(KnownWorkBenchmark.class.getName() + ".trial"));
        jmh.addAll(List.of(jmhOptions.trim().split("\\s+")));
        Instant start = Instant.now();
        double[] load = new double[] {Double.MAX_VALUE, 0};
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            AbSettings settings = new AbSettings(Thresholds.uniform(Thresholds.parsePercent(threshold)),
                    new SequentialLooks(confidence, Math.min(3, maxPairs), maxPairs),
                    Duration.ofMillis((long) (budgetMinutes * 60_000)), seed + i, 1000, cell.mode(),
                    AbSettings.DEFAULT_DUET_CPUS);
            JmhArguments arguments = JmhArguments.parse(jmh);
            List<String> javaOptions = List.of(JmhMachineLock.IGNORE_LOCK);
            AbRunner runner = new AbRunner(new JmhJar(jar, arguments, javaOptions, work),
                    new JmhJar(builds.get(cell.change()), arguments, javaOptions, work), settings, System::nanoTime,
                    new PrintWriter(System.err, true));
            AbOutcome outcome = runner.run();
            tallies.get(cell.mode() + "/" + cell.change()).add(outcome);
            double now = loadAverage();
            load[0] = Math.min(load[0], now);
            load[1] = Math.max(load[1], now);
            System.err.printf(Locale.ROOT, "ab study: %d of %d A/B runs (%s +%d %%), %s, load %.1f%n", i + 1,
                    cells.size(), cell.mode(), cell.change(), Duration.between(start, Instant.now()).withNanos(0), now);
            if (verbose) {
                out.print(cell.mode() + " +" + cell.change() + "%: " + OutputFormat.TEXT.render(outcome.comparison()));
            }
        }
        out.printf("perfgate A/B study%s, %s, %d A/B runs in %s, load average %.1f–%.1f%n",
                quick ? " (--quick: numbers mean nothing)" : "", Instant.now(), cells.size(),
                Duration.between(start, Instant.now()).withNanos(0), load[0], load[1]);
        out.printf("each fork: %s; threshold ±%s, confidence %s over looks at 3, 5, 8, 10 pairs; budget %.1f min per A/B;"
                + " seed %d%n%n", jmhOptions, threshold, confidence, budgetMinutes, seed);
        out.println(AbCellTally.header());
        tallies.values().forEach(t -> out.println(t.row()));
        return 0;
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

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
