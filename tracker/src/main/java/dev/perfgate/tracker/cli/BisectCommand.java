package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.ab.AbSettings;
import dev.perfgate.tracker.ab.JmhArguments;
import dev.perfgate.tracker.bisect.BisectOutcome;
import dev.perfgate.tracker.bisect.BisectStep;
import dev.perfgate.tracker.bisect.Bisector;
import dev.perfgate.tracker.revision.GitRepository;
import dev.perfgate.tracker.revision.RevisionBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker bisect GOOD BAD REGEX [JMH options]}: builds the benchmarks jar of commits between
 * GOOD and BAD in temporary git worktrees (cached by commit), measures each against GOOD's with the
 * A/B of {@code tracker ab}, and names the first commit whose verdict is REGRESSION, with every
 * verdict along the way; a commit that does not build is skipped and said so. Exit 1 when a first
 * regressing commit is named, 0 when BAD does not regress against GOOD, 2 on bad usage, a revision
 * that names nothing, or GOOD or BAD not building. The A/Bs are not stored. Not thread-safe.
 */
@Command(name = "bisect", mixinStandardHelpOptions = true,
        description = "Finds the first commit between GOOD and BAD whose A/B against GOOD is a REGRESSION; "
                + "exit 1 found, 0 BAD does not regress, 2 bad input.")
public final class BisectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOOD", description = "A revision that does not have the regression.")
    String good;

    @Parameters(index = "1", paramLabel = "BAD", description = "A later revision that has it (GOOD must be its ancestor).")
    String bad;

    @Parameters(index = "2", paramLabel = "REGEX", description = "The benchmarks to measure (a JMH regexp).")
    String regex;

    @Parameters(index = "3..*", paramLabel = "JMH", description = "JMH options (-wi, -i, -w, -r, -p …), as JMH takes them.")
    List<String> jmh = new ArrayList<>();

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "The git repository (default: the current directory).")
    Path repo;

    @Option(names = "--build", paramLabel = "COMMAND", defaultValue = RevisionBuilder.MAVEN,
            description = "How a commit is built, run by sh -c in its worktree (default: ${DEFAULT-VALUE}).")
    String build;

    @Option(names = "--jar", paramLabel = "PATH", defaultValue = "benchmarks/target/benchmarks.jar",
            description = "The JMH jar the build leaves, relative to the worktree (default: ${DEFAULT-VALUE}).")
    Path jar;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where built jars are kept by commit (default: .perfgate/ab-cache in the repository).")
    Path cache;

    @Option(names = "--budget", defaultValue = "5m", description = "Wall time of each A/B, e.g. 90s, 5m (default: ${DEFAULT-VALUE}).")
    String budget;

    @CommandLine.Mixin
    AbOptions ab;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            AbSettings settings = ab.settings(Durations.parse("--budget", budget));
            List<String> jmhArgs = new ArrayList<>(List.of(regex));
            jmhArgs.addAll(jmh);
            JmhArguments arguments = JmhArguments.parse(jmhArgs);
            if (!Files.isDirectory(repo)) {
                throw new IllegalArgumentException("--repo " + repo + ": no such directory");
            }
            GitRepository git = new GitRepository(repo.toAbsolutePath());
            String goodCommit = git.commit(good, "GOOD");
            String badCommit = git.commit(bad, "BAD");
            List<String> commits = git.between(goodCommit, badCommit);
            RevisionBuilder builder = new RevisionBuilder(git, build, jar,
                    cache != null ? cache : git.dir().resolve(RevisionBuilder.CACHE), Duration.ofMinutes(60));
            try (ForkDirectory forks = ForkDirectory.create("perfgate-bisect")) {
                out.printf("bisect: %d commits after GOOD %s up to BAD %s; each measured against GOOD%n", commits.size(),
                        git.describe(goodCommit), git.describe(badCommit));
                out.flush();
                Bisector bisector = new Bisector(commit -> builder.build(commit, line -> log(err, "bisect: " + line)),
                        (goodJar, headJar) -> ab.runner(goodJar, headJar, arguments, settings, forks.path(), err)
                                .run().comparison(),
                        git::describe, line -> log(err, line));
                BisectOutcome outcome = bisector.run(goodCommit, commits);
                print(out, outcome);
                return outcome.found() ? TrackerCli.REGRESSION : TrackerCli.OK;
            }
        } catch (IOException | RuntimeException e) {
            err.println("tracker bisect: " + e.getMessage());
            err.flush();
            return TrackerCli.BAD_INPUT;
        }
    }

    private static void log(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }

    private static void print(PrintWriter out, BisectOutcome outcome) {
        out.println("bisect: verdicts against GOOD, in the order measured:");
        for (BisectStep step : outcome.steps()) {
            out.printf("  %-12s %s: %s%n", step.built() ? step.verdict().name() : "SKIPPED", step.description(),
                    step.detail());
        }
        if (!outcome.found()) {
            out.println("bisect: BAD does not regress against GOOD: nothing to look for");
        } else if (outcome.suspects().isEmpty()) {
            out.println("bisect: first REGRESSION: " + outcome.first().description());
        } else {
            out.println("bisect: first REGRESSION: " + outcome.first().description() + ", or one of the commits before "
                    + "it that do not build: " + String.join("; ", outcome.suspects().stream()
                            .map(BisectStep::description).toList()));
        }
        out.flush();
    }
}
