package dev.perfgate.tracker.revision;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The git repository a build comes from, asked through the {@code git} program: which commit a
 * revision names, the commits between two, and temporary worktrees to build in. A revision that
 * names nothing is an {@link IllegalArgumentException} naming it. Immutable and thread-safe
 * (git serialises its own worktree bookkeeping).
 */
public final class GitRepository {

    private static final Duration GIT_LIMIT = Duration.ofMinutes(5);

    private final Path dir;

    public GitRepository(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The full commit id {@code revision} names; {@code what} names the option for the message. */
    public String commit(String revision, String what) {
        ExternalCommand.Result commit = git("rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (!commit.ok() || commit.output().isEmpty()) {
            throw new IllegalArgumentException(what + " " + revision + ": not a revision of the repository " + dir);
        }
        return commit.output();
    }

    /** The merge base of two revisions, or empty output with the reason when there is none. */
    public ExternalCommand.Result mergeBase(String a, String b) {
        return git("merge-base", a, b);
    }

    /**
     * The commits after {@code good} up to and including {@code bad}, oldest first, along the first
     * parents (the order they landed on the branch); throws when {@code good} is not an ancestor of
     * {@code bad}.
     */
    public List<String> between(String good, String bad) {
        if (!git("merge-base", "--is-ancestor", good, bad).ok()) {
            throw new IllegalArgumentException("GOOD " + abbreviate(good) + " is not an ancestor of BAD " + abbreviate(bad));
        }
        ExternalCommand.Result list = git("rev-list", "--first-parent", "--reverse", good + ".." + bad);
        if (!list.ok()) {
            throw new IllegalArgumentException("cannot list the commits from " + good + " to " + bad + ": " + list.output());
        }
        List<String> commits = new ArrayList<>();
        for (String line : list.output().split("\\R")) {
            if (!line.isBlank()) {
                commits.add(line.strip());
            }
        }
        return commits;
    }

    /** {@code a1b2c3d4e5 subject of the commit}. */
    public String describe(String commit) {
        ExternalCommand.Result line = git("log", "-1", "--format=%h %s", commit);
        return line.ok() ? line.output() : abbreviate(commit);
    }

    /** Checks {@code commit} out, detached, into a new worktree at {@code tree} (which must not exist). */
    ExternalCommand.Result addWorktree(Path tree, String commit) {
        return git("worktree", "add", "--detach", tree.toString(), commit);
    }

    void removeWorktree(Path tree) {
        git("worktree", "remove", "--force", tree.toString());
    }

    private ExternalCommand.Result git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return ExternalCommand.run(dir, command, GIT_LIMIT);
    }

    public static String abbreviate(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
