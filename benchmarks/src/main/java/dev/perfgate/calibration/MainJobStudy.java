package dev.perfgate.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.perfgate.launcher.Profile;
import dev.perfgate.tracker.baseline.BaselineFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main-job study: does the main job, in baseline mode, stay quiet when nothing changed? It runs
 * the main job ({@code java -jar benchmarks.jar --profile P}) again and again on the same jar as its
 * local baseline, each time beside the load injector ({@code tracker load}, its own JVM, a new seed
 * a run) as a shared CI runner would have, records the exit code, wall time and load average, then
 * judges the result again with {@code tracker compare --format json} as a separate process, and
 * tallies: how many runs exited 1 (the target is none) and what fraction of the comparisons was
 * decisive, each with its 95 % Wilson interval ({@link MainJobTally}). Every run is one line of
 * {@code DIR/runs.jsonl} ({@link MainJobLog}), so the study resumes after a kill; {@code --rejudge}
 * recomputes every recorded run's comparison with the current tracker jar and thresholds, without
 * JMH, so a changed compare rule is re-evaluated on the same data.
 *
 * <p>The main job gets {@code --baselines BASEDIR} as well as {@code --local-baselines BASEDIR}: the
 * committed {@code baselines/default} was measured on some machine, maybe this one, and then the
 * main job would compare with it instead of its local baseline; with {@code BASEDIR/default}
 * absent it always takes the local one, and reads its rules from {@code BASEDIR/thresholds.conf},
 * which the study copies from {@code --thresholds} before each run and each re-judging. A first run
 * with no local baseline records it and has no verdict; it counts as a run, named in the table.
 *
 * <p>Run from the repository root, through the machine's JMH queue (each run holds JMH's lock for
 * the main job's whole length, about 20 minutes on the quick profile):
 * <pre>
 * mkdir -p /tmp/mainjob/base
 * java -cp benchmarks/target/benchmarks.jar dev.perfgate.calibration.MainJobStudy --runs 10 --dir /tmp/mainjob --local-baselines /tmp/mainjob/base
 * java -cp benchmarks/target/benchmarks.jar dev.perfgate.calibration.MainJobStudy --rejudge --dir /tmp/mainjob --local-baselines /tmp/mainjob/base
 * </pre>
 * Not thread-safe; one study per machine at a time.
 */
@Command(name = "main-job-study", mixinStandardHelpOptions = true,
        description = "Runs the main job repeatedly on unchanged code beside the load injector; tallies exit 1s and decisive verdicts.")
public final class MainJobStudy implements Callable<Integer> {

    @Option(names = "--runs", description = "Main-job runs wanted in all; runs already in DIR/runs.jsonl count (default: ${DEFAULT-VALUE}).")
    int runs = 10;

    @Option(names = "--dir", required = true, description = "The study's directory: runs.jsonl, summary.md and run-N/.")
    Path dir;

    @Option(names = "--local-baselines", required = true, paramLabel = "BASEDIR",
            description = "An existing directory for the main job's local baselines (and, given as --baselines too, its thresholds.conf).")
    Path baseDir;

    @Option(names = "--profile", description = "The main job's profile: quick, full or smoke (default: ${DEFAULT-VALUE}).")
    Profile profile = Profile.QUICK;

    @Option(names = "--no-load", description = "Run without the load injector.")
    boolean noLoad;

    @Option(names = "--seed", description = "The load injector of run N gets seed SEED+N (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--load-duration", description = "The injector's --duration; it is stopped when the run ends (default: ${DEFAULT-VALUE}).")
    String loadDuration = "6h";

    @Option(names = "--jar", description = "The main job's jar (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("benchmarks", "target", "benchmarks.jar");

    @Option(names = "--tracker", description = "The tracker's jar, for load and compare (default: ${DEFAULT-VALUE}).")
    Path tracker = Path.of("tracker", "target", "tracker.jar");

    @Option(names = "--thresholds", description = "The compare rules, copied to BASEDIR/thresholds.conf (default: ${DEFAULT-VALUE}).")
    Path thresholds = Path.of("baselines", "thresholds.conf");

    @Option(names = "--rejudge", description = "Recompute every recorded run's comparison.json with the current tracker jar; no JMH.")
    boolean rejudge;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintWriter err;
    /** The children a Ctrl-C must not leave behind: the main job and the load injector. */
    private final Set<Process> children = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Set by Ctrl-C: a main job killed by it is no run of the study and must not be logged as a failed one. */
    private volatile boolean stopping;

    MainJobStudy(PrintStream out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(new CommandLine(new MainJobStudy(System.out, err)).setCaseInsensitiveEnumValuesAllowed(true)
                .setErr(err).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String problem = problem();
        if (problem != null) {
            err.println("main-job study: " + problem);
            return 2;
        }
        // absolute from here on: the log stores paths relative to the study directory
        dir = abs(dir);
        baseDir = abs(baseDir);
        jar = abs(jar);
        tracker = abs(tracker);
        Files.createDirectories(dir);
        MainJobLog log = new MainJobLog(dir.resolve(MainJobLog.FILE_NAME), err);
        Thread hook = new Thread(() -> {
            stopping = true;
            stopChildren();
        }, "main-job-study-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            List<MainJobRecord> records = rejudge ? rejudgeAll(log) : measure(log);
            // re-judged, the runs say what they were measured with, not today's options
            String profiles = records.isEmpty() ? profile.name().toLowerCase(Locale.ROOT)
                    : String.join("/", records.stream().map(MainJobRecord::profile).distinct().toList());
            boolean loaded = records.isEmpty() ? !noLoad : records.stream().anyMatch(r -> r.seed() != null);
            String summary = new MainJobTally(records).table(String.format(Locale.ROOT,
                    "perfgate main-job study, %s: %s profile, %s, %s%s", Instant.now(), profiles,
                    loaded ? "load injector running" : "no load injector", dir,
                    rejudge ? " (re-judged with " + tracker + ")" : ""));
            out.println();
            out.print(summary);
            Files.writeString(dir.resolve("summary.md"), summary, StandardCharsets.UTF_8);
            return 0;
        } finally {
            stopChildren();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already: it stops the children
            }
        }
    }

    /** What is wrong with the options, in words naming the option; null when nothing is. */
    private String problem() {
        if (!rejudge && runs < 1) {
            return "--runs " + runs + ": must be at least 1";
        }
        if (!rejudge && !Files.isRegularFile(jar)) {
            return "--jar " + jar.toAbsolutePath() + ": no such file (build it: mvn -B -q package -DskipTests)";
        }
        if (!Files.isRegularFile(tracker)) {
            return "--tracker " + tracker.toAbsolutePath() + ": no such file (build it: mvn -B -q package -DskipTests)";
        }
        if (!Files.isDirectory(baseDir)) {
            return "--local-baselines " + baseDir.toAbsolutePath() + ": no such directory (create it; an empty one"
                    + " makes the first run record the baseline)";
        }
        String profileName = profile.name().toLowerCase(Locale.ROOT);
        for (String committedName : List.of(BaselineFiles.DEFAULT_NAME, profileName)) {
            if (Files.exists(baseDir.resolve(committedName))) {
                return "--local-baselines " + baseDir.toAbsolutePath() + ": holds a \"" + committedName + "\" baseline,"
                        + " which the main job would take as committed; use a directory of local baselines only";
            }
        }
        if (!Files.isRegularFile(thresholds)) {
            return "--thresholds " + thresholds.toAbsolutePath() + ": no such file";
        }
        if (rejudge && !Files.isRegularFile(dir.resolve(MainJobLog.FILE_NAME))) {
            return "--rejudge: " + dir.resolve(MainJobLog.FILE_NAME).toAbsolutePath() + " does not exist; nothing to re-judge";
        }
        return null;
    }

    private List<MainJobRecord> measure(MainJobLog log) throws IOException, InterruptedException {
        List<MainJobRecord> records = new ArrayList<>(log.read());
        Set<Integer> done = new HashSet<>();
        records.forEach(r -> done.add(r.run()));
        if (!done.isEmpty()) {
            err.printf("main-job study: %d run(s) already in %s; measuring the rest of %d%n", done.size(),
                    dir.resolve(MainJobLog.FILE_NAME), runs);
        }
        if (localBaselines().isEmpty()) {
            err.printf("main-job study: no %s baseline in %s yet: the first run records it and has no verdict%n",
                    profile.name().toLowerCase(Locale.ROOT), baseDir);
        }
        for (int n = 1; done.size() < runs; n++) {
            if (done.contains(n)) {
                continue;
            }
            MainJobRecord record = runOnce(n);
            log.append(record);
            records.add(record);
            done.add(n);
            err.printf(Locale.ROOT, "main-job study: run %d (%d of %d): exit %d in %.0f s, load %s to %s, %s%n", n,
                    done.size(), runs, record.exitCode(), record.wallSeconds(), record.loadStart(), record.loadEnd(),
                    record.baselineRecorded() ? "recorded the baseline" : record.counts());
        }
        return records;
    }

    private List<MainJobRecord> rejudgeAll(MainJobLog log) throws IOException, InterruptedException {
        List<MainJobRecord> records = new ArrayList<>();
        for (MainJobRecord record : log.read()) {
            records.add(record.judged() ? judge(record) : record);
        }
        log.rewrite(records);
        return records;
    }

    /** One main-job run beside the load injector, then its comparison. */
    private MainJobRecord runOnce(int n) throws IOException, InterruptedException {
        Path runDir = dir.resolve("run-" + n);
        if (Files.exists(runDir)) {
            // a run killed before it was logged: keep its files for a post-mortem, out of the way
            Path aside = dir.resolve("run-" + n + ".aborted-" + System.currentTimeMillis());
            Files.move(runDir, aside);
            err.println("main-job study: " + runDir + " was left by an unfinished run; moved to " + aside);
        }
        Files.createDirectories(runDir);
        Files.copy(thresholds, baseDir.resolve("thresholds.conf"), StandardCopyOption.REPLACE_EXISTING);
        Set<Path> before = localBaselines();
        Long loadSeed = noLoad ? null : seed + n;
        Process load = noLoad ? null : start(List.of(java(), "-jar", tracker.toString(), "load", "--duration",
                loadDuration, "--seed", Long.toString(loadSeed)), runDir.resolve("load.txt"));
        int exit;
        Double loadStart = loadAverage();
        long started = System.nanoTime();
        try {
            Process job = start(List.of(java(), "-jar", jar.toString(), "--profile",
                    profile.name().toLowerCase(Locale.ROOT), "--baselines", baseDir.toString(), "--local-baselines",
                    baseDir.toString(), "--results-dir", runDir.resolve("results").toString(), "--report-dir",
                    runDir.resolve("report").toString(), "--db",
                    "jdbc:h2:file:" + runDir.resolve("db").toAbsolutePath()), runDir.resolve("out.txt"));
            exit = job.waitFor();
            children.remove(job);
            if (stopping) {
                throw new InterruptedException("stopped during run " + n + "; it is measured again on resuming");
            }
        } finally {
            if (load != null) {
                stop(load);
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        Double loadEnd = loadAverage();
        Set<Path> recorded = new HashSet<>(localBaselines());
        recorded.removeAll(before);
        Path result = judgedFile(runDir);
        List<Path> candidates = new ArrayList<>(localBaselines());
        Path baseline = !recorded.isEmpty() ? recorded.iterator().next() : candidates.size() == 1 ? candidates.get(0) : null;
        MainJobRecord record = new MainJobRecord(n, loadSeed, profile.name().toLowerCase(Locale.ROOT), exit, wall,
                loadStart, loadEnd, !recorded.isEmpty(), baseline == null ? null : dir.relativize(abs(baseline)).toString(),
                result == null ? null : dir.relativize(abs(result)).toString(), null, null, null, null, null, null);
        if (record.baselineRecorded()) {
            return record.withoutComparison(null, "recorded the local baseline");
        }
        if (!record.judged()) {
            return record.withoutComparison(null, "the main job failed; see " + runDir.resolve("out.txt"));
        }
        if (baseline == null) {
            return record.withoutComparison(null, "cannot tell which local baseline the main job used: "
                    + candidates.size() + " in " + baseDir);
        }
        return judge(record);
    }

    /** {@code tracker compare} of the record's result with its baseline, as a separate process. */
    private MainJobRecord judge(MainJobRecord record) throws IOException, InterruptedException {
        if (record.result() == null || record.baselineDir() == null) {
            return record.withoutComparison(null, "no result file or baseline to judge");
        }
        Files.copy(thresholds, baseDir.resolve("thresholds.conf"), StandardCopyOption.REPLACE_EXISTING);
        Path runDir = dir.resolve("run-" + record.run());
        Path comparison = runDir.resolve("comparison.json");
        Files.deleteIfExists(comparison);
        Process compare = start(List.of(java(), "-jar", tracker.toString(), "compare",
                dir.resolve(record.result()).toString(), "--baseline", dir.resolve(record.baselineDir()).toString(),
                "--format", "json", "--out", comparison.toString()), runDir.resolve("compare.txt"));
        int exit = compare.waitFor();
        children.remove(compare);
        if (stopping) {
            throw new InterruptedException("stopped while judging run " + record.run());
        }
        if (!Files.isRegularFile(comparison)) {
            return record.withoutComparison(exit, "tracker compare wrote nothing (exit " + exit + "); see "
                    + runDir.resolve("compare.txt"));
        }
        JsonNode json = JSON.readTree(comparison.toFile());
        return record.withComparison(exit, json);
    }

    /**
     * The one JMH-format file to judge: the suite's result and, when the main job measured it, the
     * golden path's, joined, since the main job compares both and {@code compare} takes one file.
     */
    private static Path judgedFile(Path runDir) throws IOException {
        Path results = runDir.resolve("results");
        if (!Files.isDirectory(results)) {
            return null;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(results)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            return null;
        }
        ArrayNode all = JSON.createArrayNode();
        for (Path file : files) {
            JsonNode entries = JSON.readTree(file.toFile());
            if (entries.isArray()) {
                all.addAll((ArrayNode) entries);
            }
        }
        Path joined = runDir.resolve("judged.json");
        JSON.writeValue(joined.toFile(), all);
        return joined;
    }

    /** The local baselines of this profile under BASEDIR, as {@code EnvironmentBaselines} names them. */
    private Set<Path> localBaselines() throws IOException {
        String prefix = profile.name().toLowerCase(Locale.ROOT) + "-";
        try (Stream<Path> listing = Files.list(baseDir)) {
            return new HashSet<>(listing.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isRegularFile(p.resolve(BaselineFiles.MANIFEST))).toList());
        }
    }

    private Process start(List<String> command, Path output) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        children.add(process);
        return process;
    }

    /** Stops a child and everything it started (the main job's JMH forks, the golden path's JVMs). */
    private void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.remove(process);
    }

    private void stopChildren() {
        List.copyOf(children).forEach(this::stop);
    }

    private static Path abs(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The load average for the log, null where it cannot be read (JSON has no NaN). */
    private static Double loadAverage() {
        double load = LoadAverage.oneMinute();
        return Double.isNaN(load) ? null : load;
    }
}
