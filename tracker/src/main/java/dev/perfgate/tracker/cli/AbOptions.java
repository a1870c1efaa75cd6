package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.ab.AbMode;
import dev.perfgate.tracker.ab.AbRunner;
import dev.perfgate.tracker.ab.AbSettings;
import dev.perfgate.tracker.ab.JmhArguments;
import dev.perfgate.tracker.ab.JmhJar;
import dev.perfgate.tracker.compare.SequentialLooks;
import dev.perfgate.tracker.compare.Thresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options an A/B decides and runs by, shared by {@code tracker ab} and {@code tracker bisect}
 * (a picocli mixin): the practical threshold, the sequential looks and their confidence, the seed,
 * the bootstrap's resamples and the options of the JVM that runs each jar. The budget stays with
 * each command, since it means the whole A/B for one and each of many A/Bs for the other. Not
 * thread-safe (filled by picocli, read by one command).
 */
final class AbOptions {

    @Option(names = "--threshold", defaultValue = "5%", description = "Practical threshold (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--confidence", defaultValue = "0.99", description = "Confidence over all looks (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--first-look", defaultValue = "3", description = "Pairs before a benchmark is first judged (default: ${DEFAULT-VALUE}).")
    int firstLook;

    @Option(names = "--max-pairs", defaultValue = "10", description = "The most pairs a benchmark gets (default: ${DEFAULT-VALUE}).")
    int maxPairs;

    @Option(names = "--java-option", paramLabel = "OPT",
            description = "An option for the JVM that runs JMH in each jar, e.g. -Djmh.ignoreLock=true (repeatable).")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "42", description = "Fixes each A/B's run order and bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resamples", defaultValue = "2000", description = "Bootstrap resamples per look (default: ${DEFAULT-VALUE}).")
    int resamples;

    /** An interleaved A/B within {@code budget}, one threshold for every benchmark. */
    AbSettings settings(Duration budget) {
        return new AbSettings(Thresholds.uniform(Thresholds.parsePercent(threshold)), looks(), budget, seed, resamples);
    }

    /**
     * An A/B within {@code budget} in {@code mode}; {@code thresholdsFile} (or {@code null}) holds
     * per-benchmark rules, {@code --threshold} the rest.
     */
    AbSettings settings(Duration budget, Path thresholdsFile, AbMode mode, List<Integer> duetCpus)
            throws IOException {
        double fallback = Thresholds.parsePercent(threshold);
        Thresholds thresholds = thresholdsFile == null ? Thresholds.uniform(fallback)
                : Thresholds.load(thresholdsFile, fallback);
        return new AbSettings(thresholds, looks(), budget, seed, resamples, mode, duetCpus);
    }

    /** The A/B of {@code baseJar} against {@code headJar}, their forks' JSON in {@code work}, progress to {@code err}. */
    AbRunner runner(Path baseJar, Path headJar, JmhArguments arguments, AbSettings settings, Path work,
            PrintWriter err) {
        return new AbRunner(new JmhJar(baseJar, arguments, javaOptions, work),
                new JmhJar(headJar, arguments, javaOptions, work), settings, System::nanoTime, err);
    }

    private SequentialLooks looks() {
        return new SequentialLooks(confidence, firstLook, maxPairs);
    }
}
