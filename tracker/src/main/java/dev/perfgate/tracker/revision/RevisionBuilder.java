package dev.perfgate.tracker.revision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds the jar of one commit in a temporary git worktree and caches it by commit, so the second
 * A/B or bisect that needs it builds nothing: {@code CACHE/<commit>/<jar's file name>}, copied in
 * whole or not at all. A build that fails or leaves no jar is a {@link Build.Failed} with the tail
 * of its output (not cached, so a fixed toolchain gets another try). Immutable; two builders
 * building the same commit at once may both build it.
 *
 * @param repository  where the commits come from
 * @param command     the build, run by {@code sh -c} in the worktree's root
 * @param jar         the jar the build leaves, relative to the worktree's root
 * @param cache       the cache directory
 * @param limit       the longest a build may take
 */
public record RevisionBuilder(GitRepository repository, String command, Path jar, Path cache, Duration limit) {

    /** This repository's own build of its benchmarks. */
    public static final String MAVEN = "mvn -B -q package -DskipTests";
    public static final Path BENCHMARKS_JAR = Path.of("benchmarks", "target", "benchmarks.jar");
    /** Relative to the repository: {@code .perfgate/} is git-ignored. */
    public static final Path CACHE = Path.of(".perfgate", "ab-cache");

    public RevisionBuilder {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(limit, "limit");
    }

    /** What building one commit gave: a jar, or the reason there is none. */
    public sealed interface Build {
        /** The jar, from the cache or just built. */
        record Built(Path jar, boolean cached) implements Build {}

        /** The build failed or left no jar. */
        record Failed(String reason) implements Build {}
    }

    /** The jar of {@code commit} (a full id), from the cache or built now; {@code log} hears what happens. */
    public Build build(String commit, Consumer<String> log) throws IOException {
        Path cached = cache.resolve(commit).resolve(jar.getFileName());
        if (Files.isRegularFile(cached)) {
            log.accept(GitRepository.abbreviate(commit) + " from the cache " + cached);
            return new Build.Built(cached, true);
        }
        Path tree = Files.createTempDirectory("perfgate-build-");
        Files.delete(tree); // git worktree add wants to create it
        ExternalCommand.Result add = repository.addWorktree(tree, commit);
        if (!add.ok()) {
            return new Build.Failed("cannot check out " + GitRepository.abbreviate(commit) + ": " + add.tail());
        }
        try {
            log.accept("building " + GitRepository.abbreviate(commit) + " in " + tree + ": " + command);
            ExternalCommand.Result build = ExternalCommand.run(tree, List.of("sh", "-c", command), limit);
            Path built = tree.resolve(jar);
            if (!build.ok()) {
                return new Build.Failed("the build failed (exit " + build.exit() + "): " + build.tail());
            }
            if (!Files.isRegularFile(built)) {
                return new Build.Failed("the build left no " + jar);
            }
            Files.createDirectories(cached.getParent());
            Path partial = cached.resolveSibling(cached.getFileName() + ".partial");
            Files.copy(built, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE); // never a half-copied jar in the cache
            return new Build.Built(cached, false);
        } finally {
            repository.removeWorktree(tree);
        }
    }
}
