package dev.perfgate.tracker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for the JSON files of an A/B's forks ({@code tracker ab}, {@code tracker
 * bisect}), deleted with everything in it when closed. Not thread-safe (one command owns it).
 *
 * @param path the directory
 */
record ForkDirectory(Path path) implements AutoCloseable {

    /** A new, empty directory whose name starts with {@code prefix}. */
    static ForkDirectory create(String prefix) throws IOException {
        return new ForkDirectory(Files.createTempDirectory(prefix));
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind harms nothing
        }
    }
}
