package dev.perfgate.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code benchmarks.jar} of another git revision of this project, for {@code --against}: built
 * in a temporary git worktree with the project's own Maven command and cached by commit under
 * {@code .perfgate/ab-cache/}, so the second A/B against the same base builds nothing. A bad
 * revision or a failing build throws {@link IllegalArgumentException} with the reason (the launcher
 * exits 2). Not thread-safe: two launchers building the same commit at once may both build it.
 */
final class RevisionBuild {

    static final Path CACHE = Path.of(".perfgate", "ab-cache");
    private static final Path JAR = Path.of("benchmarks", "target", "benchmarks.jar");

    private final java.io.PrintStream log;

    RevisionBuild(java.io.PrintStream log) {
        this.log = log;
    }

    /** The commit {@code revision} names; {@code null} means the merge base of HEAD with {@code main}. */
    String resolve(String revision) {
        if (revision == null) {
            Result base = git("merge-base", "HEAD", "main");
            if (base.exit != 0) {
                throw new IllegalArgumentException("--against: no merge base of HEAD with main (" + base.output
                        + "); name a revision, e.g. --against HEAD~1");
            }
            return base.output;
        }
        Result commit = git("rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (commit.exit != 0 || commit.output.isEmpty()) {
            throw new IllegalArgumentException("--against " + revision + ": not a revision of this repository");
        }
        return commit.output;
    }

    /** The cached jar of {@code commit}, built first if it is not cached yet. */
    Path jarOf(String commit) throws IOException {
        Path cached = CACHE.resolve(commit).resolve("benchmarks.jar");
        if (Files.isRegularFile(cached)) {
            log.println("perfgate: base " + commit.substring(0, 12) + " from the cache " + cached);
            return cached;
        }
        Path tree = Files.createTempDirectory("perfgate-against-");
        Files.delete(tree); // git worktree add wants to create it
        Result add = git("worktree", "add", "--detach", tree.toString(), commit);
        if (add.exit != 0) {
            throw new IllegalArgumentException("--against: cannot check out " + commit + ": " + add.output);
        }
        try {
            log.println("perfgate: building the base " + commit.substring(0, 12) + " in " + tree);
            Result build = run(tree, List.of("mvn", "-B", "-q", "package", "-DskipTests"));
            Path built = tree.resolve(JAR);
            if (build.exit != 0 || !Files.isRegularFile(built)) {
                throw new IllegalArgumentException("--against: the build of " + commit + " failed (exit " + build.exit
                        + "): " + tail(build.output));
            }
            Files.createDirectories(cached.getParent());
            Path partial = cached.resolveSibling("benchmarks.jar.partial");
            Files.copy(built, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE); // never a half-copied jar in the cache
            return cached;
        } finally {
            git("worktree", "remove", "--force", tree.toString());
        }
    }

    private static Result git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return run(Path.of("."), command);
    }

    private static Result run(Path dir, List<String> command) {
        try {
            Path output = Files.createTempFile("perfgate-against", ".log");
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(60, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, "timed out: " + String.join(" ", command));
            }
            String text = Files.readString(output, StandardCharsets.UTF_8).strip();
            Files.deleteIfExists(output);
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            return new Result(-1, "cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static String tail(String text) {
        return text.length() <= 800 ? text : "…" + text.substring(text.length() - 800);
    }

    private record Result(int exit, String output) {}
}
