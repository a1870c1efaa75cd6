package dev.perfgate.tracker.bisect;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Figures;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.revision.RevisionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Finds the first commit between GOOD and BAD whose build, measured side by side with GOOD's by an
 * A/B, is a REGRESSION. BAD is measured first (when it does not regress there is nothing to look
 * for); then a binary search over the commits between, on the assumption git bisect makes too:
 * once a commit regressed, every later one does. Any verdict but REGRESSION (UNCHANGED,
 * IMPROVEMENT, INCONCLUSIVE) counts as good. A commit that does not build is skipped, said so,
 * and the nearest buildable commit in the open range is tried instead; when the answer's
 * neighbours could not be built, they are named as suspects. Not thread-safe.
 */
public final class Bisector {

    /** Builds one commit's jar. */
    @FunctionalInterface
    public interface Builds {
        RevisionBuilder.Build build(String commit) throws IOException;
    }

    /** The A/B of a build against GOOD's: base first, head second. */
    @FunctionalInterface
    public interface Judge {
        Comparison compare(Path goodJar, Path jar);
    }

    private final Builds builds;
    private final Judge judge;
    private final UnaryOperator<String> describe;
    private final Consumer<String> log;

    public Bisector(Builds builds, Judge judge, UnaryOperator<String> describe, Consumer<String> log) {
        this.builds = Objects.requireNonNull(builds, "builds");
        this.judge = Objects.requireNonNull(judge, "judge");
        this.describe = Objects.requireNonNull(describe, "describe");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Bisects {@code commits}, the commits after {@code good} up to BAD (the last), oldest first.
     * Throws {@link IllegalArgumentException} when GOOD or BAD does not build, or there is no commit.
     */
    public BisectOutcome run(String good, List<String> commits) {
        if (commits.isEmpty()) {
            throw new IllegalArgumentException("there is no commit after GOOD up to BAD");
        }
        Path goodJar = jar(good, "GOOD");
        List<BisectStep> steps = new ArrayList<>();
        Map<Integer, BisectStep> seen = new HashMap<>();
        int bad = commits.size() - 1;
        BisectStep last = step(goodJar, commits.get(bad));
        steps.add(last);
        seen.put(bad, last);
        if (!last.built()) {
            throw new IllegalArgumentException("BAD " + last.description() + " does not build: " + last.detail());
        }
        if (!last.regressed()) {
            return new BisectOutcome(good, steps, null, List.of());
        }
        int low = -1; // the newest commit known good (GOOD itself)
        int high = bad; // the oldest commit known to regress
        while (high - low > 1) {
            int at = buildableBetween(goodJar, commits, low, high, steps, seen);
            if (at < 0) {
                break; // nothing left between them builds
            }
            if (seen.get(at).regressed()) {
                high = at;
            } else {
                low = at;
            }
        }
        List<BisectStep> suspects = new ArrayList<>();
        for (int i = low + 1; i < high; i++) {
            suspects.add(seen.get(i));
        }
        return new BisectOutcome(good, steps, seen.get(high), suspects);
    }

    /** The index of a commit strictly between low and high that builds, nearest the middle; -1 when none does. */
    private int buildableBetween(Path goodJar, List<String> commits, int low, int high, List<BisectStep> steps,
            Map<Integer, BisectStep> seen) {
        int middle = (low + high) >>> 1;
        List<Integer> order = new ArrayList<>();
        for (int i = low + 1; i < high; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> Math.abs(i - middle)).thenComparingInt(i -> i));
        for (int i : order) {
            BisectStep step = seen.get(i);
            if (step == null) {
                step = step(goodJar, commits.get(i));
                steps.add(step);
                seen.put(i, step);
            }
            if (step.built()) {
                return i;
            }
        }
        return -1;
    }

    private BisectStep step(Path goodJar, String commit) {
        String description = describe.apply(commit);
        RevisionBuilder.Build build = build(commit);
        if (build instanceof RevisionBuilder.Build.Failed failed) {
            log.accept("bisect: " + description + " does not build, skipped: " + failed.reason());
            return new BisectStep(commit, description, null, "does not build: " + failed.reason());
        }
        Path jar = ((RevisionBuilder.Build.Built) build).jar();
        log.accept("bisect: A/B of " + description + " against GOOD");
        Comparison comparison = judge.compare(goodJar, jar);
        Verdict verdict = comparison.has(Verdict.REGRESSION) ? Verdict.REGRESSION
                : comparison.benchmarks().stream().map(BenchmarkComparison::verdict).min(Comparator.naturalOrder())
                        .orElse(Verdict.INCONCLUSIVE);
        BisectStep step = new BisectStep(commit, description, verdict, summary(comparison));
        log.accept("bisect: " + description + ": " + verdict + " (" + step.detail() + ")");
        return step;
    }

    private Path jar(String commit, String which) {
        RevisionBuilder.Build build = build(commit);
        if (build instanceof RevisionBuilder.Build.Built built) {
            return built.jar();
        }
        throw new IllegalArgumentException(which + " " + describe.apply(commit) + " does not build: "
                + ((RevisionBuilder.Build.Failed) build).reason());
    }

    private RevisionBuilder.Build build(String commit) {
        try {
            return builds.build(commit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build " + commit + ": " + e.getMessage(), e);
        }
    }

    /** {@code 1 regression, 3 unchanged; worst x.Bench.run avgt mean +12.0% [+9.1%, +15.0%]}. */
    static String summary(Comparison comparison) {
        StringBuilder text = new StringBuilder();
        comparison.counts().forEach((verdict, n) -> {
            if (n > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(n).append(' ')
                        .append(verdict.name().toLowerCase(Locale.ROOT));
            }
        });
        comparison.benchmarks().stream().filter(c -> c.verdict() == Verdict.REGRESSION).findFirst()
                .ifPresent(worst -> text.append("; worst ").append(worst.key().display()).append(' ')
                        .append(worst.statistic()).append(' ').append(Figures.change(worst.ratio())).append(' ')
                        .append(Figures.interval(worst.interval())));
        return text.length() == 0 ? "nothing compared" : text.toString();
    }
}
