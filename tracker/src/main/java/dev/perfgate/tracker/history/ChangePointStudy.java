package dev.perfgate.tracker.history;

import dev.perfgate.tracker.baseline.BaselineFiles;
import dev.perfgate.tracker.baseline.BaselineReader;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Run;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/**
 * The accuracy study of change-point detection, on synthetic histories of known truth whose noise
 * is resampled from real results ({@link ResampledRuns}): pure noise, steps of 3, 5 and 10 % at
 * known positions, a slow drift, and single outlying runs, each tallied by how noisy the real
 * result is from run to run. Run it from the repository's root:
 *
 * <pre>java -cp tracker/target/tracker.jar dev.perfgate.tracker.history.ChangePointStudy \
 *     baselines tracker/src/test/resources/jmh-corpus/kamilkloch__fs2-benchmark__jmh-result.json</pre>
 *
 * Options: {@code --series N} per key and cell (default 20), {@code --length L} runs per series
 * (default 60), {@code --seed S}, {@code --max-p P}, {@code --min-segment M}, {@code --step-runs
 * FIRST..LAST} where steps fall (default 10 runs from either end), {@code --gaussian N} to add
 * {@link GaussianCeiling}'s table of N series per cell, {@code --forks K} to resample K forks a run
 * instead of as many as measured (a projection, see {@link ResampledRuns}). Prints Markdown. Each
 * step cell also gives how often the best single split ({@link SegmentTest#strongestSplit}) lands
 * within ±1 run of the truth: the ceiling the data set for any detector. Deterministic for a seed.
 * Not thread-safe; one per process.
 */
public final class ChangePointStudy {

    /** Upper bounds of the noise classes: a run's typical deviation from the series' level. */
    private static final double[] NOISE_CLASSES = {0.01, 0.02, 0.05, 0.10, 0.20, Double.POSITIVE_INFINITY};

    private static final String[] CELLS = {"noise", "step 3 %", "step 5 %", "step 10 %", "drift 10 %", "outlier +50 %"};

    private final int seriesPerCell;
    private final int length;
    private final long seed;
    private final ChangePointDetector detector;
    private final StepRuns steps;
    private final int forks;

    ChangePointStudy(int seriesPerCell, int length, long seed, ChangePointSettings settings) {
        this(seriesPerCell, length, seed, settings, StepRuns.inside(length), 0);
    }

    /** {@code forks}: forks per resampled run, 0 for as many as each real result has. */
    ChangePointStudy(int seriesPerCell, int length, long seed, ChangePointSettings settings, StepRuns steps,
            int forks) {
        this.seriesPerCell = seriesPerCell;
        this.length = length;
        this.seed = seed;
        this.detector = new ChangePointDetector(settings);
        this.steps = steps;
        this.forks = forks;
    }

    /**
     * Where the study's steps fall: the first run at the new level, drawn uniformly from
     * {@code first} to {@code last} inclusive. The default keeps 10 runs on either side, a change
     * looked at after the fact; steps among the newest runs are what a pull request's report asks about.
     */
    record StepRuns(int first, int last) {
        StepRuns {
            if (first < 1 || last < first) {
                throw new IllegalArgumentException("--step-runs must be FIRST..LAST with 1 <= FIRST <= LAST, was "
                        + first + ".." + last);
            }
        }

        static StepRuns inside(int length) {
            return new StepRuns(10, length - 10);
        }

        static StepRuns parse(String text) {
            String[] parts = text.split("\\.\\.", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("--step-runs must be FIRST..LAST, was " + text);
            }
            return new StepRuns(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        }

        int draw(Random random) {
            return first + random.nextInt(last - first + 1);
        }
    }

    public static void main(String[] args) {
        List<Path> sources = new ArrayList<>();
        int series = 20;
        int length = 60;
        long seed = 1;
        String stepRuns = null;
        int gaussian = 0;
        int forks = 0;
        ChangePointSettings d = ChangePointSettings.DEFAULTS;
        double maxP = d.maxPValue();
        int minSegment = d.minSegment();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--series" -> series = Integer.parseInt(args[++i]);
                case "--length" -> length = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--max-p" -> maxP = Double.parseDouble(args[++i]);
                case "--min-segment" -> minSegment = Integer.parseInt(args[++i]);
                case "--step-runs" -> stepRuns = args[++i];
                case "--gaussian" -> gaussian = Integer.parseInt(args[++i]);
                case "--forks" -> forks = Integer.parseInt(args[++i]);
                default -> sources.add(Path.of(args[i]));
            }
        }
        if (sources.isEmpty()) {
            System.err.println("usage: ChangePointStudy [--series N] [--length L] [--seed S] [--max-p P] "
                    + "[--min-segment M] [--step-runs FIRST..LAST] [--gaussian N] [--forks K] BASELINE_DIR|JMH.json ...");
            System.exit(2);
        }
        ChangePointSettings settings = new ChangePointSettings(d.window(), maxP, minSegment, d.confidence());
        long start = System.nanoTime();
        StepRuns steps = stepRuns == null ? StepRuns.inside(length) : StepRuns.parse(stepRuns);
        if (steps.last() >= length) {
            throw new IllegalArgumentException("--step-runs must end before run " + length + " (--length), was "
                    + stepRuns);
        }
        new ChangePointStudy(series, length, seed, settings, steps, forks).run(results(sources), System.out);
        if (gaussian > 0) {
            new GaussianCeiling(gaussian, length, seed, steps, new ChangePointDetector(settings)).run(System.out);
        }
        System.out.printf(Locale.ROOT, "%n%.0f s, settings %s%n", (System.nanoTime() - start) / 1e9, settings);
    }

    static List<BenchmarkResult> results(List<Path> sources) {
        List<BenchmarkResult> all = new ArrayList<>();
        for (Path source : sources) {
            Run run = Files.isDirectory(source) ? new BaselineReader().read(BaselineFiles.resolve(source))
                    : new JmhResultReader().read(source);
            all.addAll(run.results());
        }
        return all;
    }

    /** Tallies every cell per noise class and prints the tables. */
    void run(List<BenchmarkResult> reals, PrintStream out) {
        Map<String, StudyTally[]> tallies = new LinkedHashMap<>();
        for (String cell : CELLS) {
            StudyTally[] byClass = new StudyTally[NOISE_CLASSES.length];
            for (int c = 0; c < byClass.length; c++) {
                byClass[c] = new StudyTally();
            }
            tallies.put(cell, byClass);
        }
        int[] keysPerClass = new int[NOISE_CLASSES.length];
        int used = 0;
        for (BenchmarkResult real : reals) {
            if (real.iterations().size() < 3) {
                continue; // one or two iterations resample into almost no noise at all
            }
            Random random = new Random(seed * 1_000_003L + real.key().display().hashCode());
            double noise = noise(real, random, forks);
            if (!(noise > 0)) {
                continue;
            }
            int c = noiseClass(noise);
            keysPerClass[c]++;
            used++;
            for (int s = 0; s < seriesPerCell; s++) {
                tally(tallies, c, real, random);
            }
        }
        out.printf(Locale.ROOT, "Change-point accuracy: %d real results, %d series per result and cell, %d runs each, "
                + "steps at runs %d..%d, %s%n%n", used, seriesPerCell, length, steps.first(), steps.last(),
                forks == 0 ? "forks as measured" : forks + " forks a run");
        for (int c = 0; c <= NOISE_CLASSES.length; c++) {
            boolean pooled = c == NOISE_CLASSES.length;
            out.printf(Locale.ROOT, "### %s (%d results)%n%n", pooled ? "every result pooled" : "noise " + className(c),
                    pooled ? used : keysPerClass[c]);
            out.println("| cell | recall (±1 run) | precision | false change points per 1,000 runs | series with any "
                    + "| best single split (±1 run) |");
            out.println("|---|---|---|---|---|---|");
            for (String cell : CELLS) {
                StudyTally t = pooled ? StudyTally.pooled(List.of(tallies.get(cell))) : tallies.get(cell)[c];
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", cell, t.recall(), t.precision(),
                        cell.startsWith("drift") ? "–" : t.perThousandRuns(), StudyTally.rate(t.seriesWithAny, t.series),
                        t.bestSplitRecall());
            }
            out.println();
        }
    }

    private void tally(Map<String, StudyTally[]> tallies, int c, BenchmarkResult real, Random random) {
        record Truth(IntToDoubleFunction factor, List<Integer> changes) {}
        Map<String, Truth> cells = new LinkedHashMap<>();
        cells.put("noise", new Truth(i -> 1.0, List.of()));
        for (double step : new double[] {0.03, 0.05, 0.10}) {
            int at = steps.draw(random);
            double signed = random.nextBoolean() ? step : -step / (1 + step);
            cells.put(String.format(Locale.ROOT, "step %.0f %%", step * 100),
                    new Truth(SyntheticHistory.step(at, signed), List.of(at)));
        }
        cells.put("drift 10 %", new Truth(SyntheticHistory.drift(length, 0.10), List.of()));
        int outlier = 5 + random.nextInt(length - 10);
        cells.put("outlier +50 %", new Truth(SyntheticHistory.outlier(outlier, 0.5), List.of()));
        cells.forEach((cell, truth) -> {
            double[] logs = SyntheticHistory.of(real, length, truth.factor(), random, forks).logs();
            StudyTally tally = tallies.get(cell)[c];
            tally.add(length, truth.changes(), detector.indices(logs));
            for (int change : truth.changes()) {
                tally.addBestSplit(change, SegmentTest.strongestSplit(logs, 0, length, detector.settings().minSegment()));
            }
        });
    }

    /** The real result's run-to-run noise: the standard deviation of log points of resampled runs. */
    private static double noise(BenchmarkResult real, Random random, int forks) {
        double[] logs = SyntheticHistory.of(real, 200, i -> 1.0, random, forks).logs();
        double mean = 0;
        for (double l : logs) {
            mean += l / logs.length;
        }
        double squares = 0;
        for (double l : logs) {
            squares += (l - mean) * (l - mean);
        }
        return Math.sqrt(squares / (logs.length - 1));
    }

    private static int noiseClass(double noise) {
        int c = 0;
        while (noise >= NOISE_CLASSES[c]) {
            c++;
        }
        return c;
    }

    private static String className(int c) {
        double low = c == 0 ? 0 : NOISE_CLASSES[c - 1];
        double high = NOISE_CLASSES[c];
        return Double.isInfinite(high) ? String.format(Locale.ROOT, "≥ %.0f %%", low * 100)
                : String.format(Locale.ROOT, "%.0f–%.0f %%", low * 100, high * 100);
    }
}
