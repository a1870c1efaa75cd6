package dev.perfgate.launcher;

import dev.perfgate.tracker.revision.ExternalCommand;
import dev.perfgate.tracker.revision.GitRepository;
import dev.perfgate.tracker.revision.RevisionBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code benchmarks.jar} of another git revision of this project, for {@code --against}: built
 * by the tracker's {@link RevisionBuilder} (a temporary git worktree, the project's own Maven
 * command, cached by commit under {@code .perfgate/ab-cache/}), so the second A/B against the same
 * base builds nothing. A bad revision or a failing build throws {@link IllegalArgumentException}
 * with the reason (the launcher exits 2). Not thread-safe: two launchers building the same commit
 * at once may both build it.
 */
final class RevisionBuild {

    static final Path CACHE = RevisionBuilder.CACHE;

    private final java.io.PrintStream log;
    private final GitRepository git = new GitRepository(Path.of("."));

    RevisionBuild(java.io.PrintStream log) {
        this.log = log;
    }

    /** The commit {@code revision} names; {@code null} means the merge base of HEAD with {@code main}. */
    String resolve(String revision) {
        if (revision == null) {
            ExternalCommand.Result base = git.mergeBase("HEAD", "main");
            if (!base.ok()) {
                throw new IllegalArgumentException("--against: no merge base of HEAD with main (" + base.output()
                        + "); name a revision, e.g. --against HEAD~1");
            }
            return base.output();
        }
        try {
            return git.commit(revision, "--against");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--against " + revision + ": not a revision of this repository", e);
        }
    }

    /** The cached jar of {@code commit}, built first if it is not cached yet. */
    Path jarOf(String commit) throws IOException {
        RevisionBuilder builder = new RevisionBuilder(git, RevisionBuilder.MAVEN, RevisionBuilder.BENCHMARKS_JAR, CACHE,
                Duration.ofMinutes(60));
        RevisionBuilder.Build build = builder.build(commit, line -> log.println("perfgate: base " + line));
        if (build instanceof RevisionBuilder.Build.Built built) {
            return built.jar();
        }
        throw new IllegalArgumentException("--against: the build of " + commit + " failed: "
                + ((RevisionBuilder.Build.Failed) build).reason());
    }
}
