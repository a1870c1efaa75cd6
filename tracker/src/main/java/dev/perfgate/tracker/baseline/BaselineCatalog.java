package dev.perfgate.tracker.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baselines under one root directory ({@code baselines/} by default): each subdirectory with a
 * manifest is one, listed by name. Thread-safe (reads the file system on every call).
 */
public final class BaselineCatalog {

    /** What {@code baseline list} prints for one baseline. Immutable. */
    public record Entry(String name, BaselineFiles files, String time, String commit, int benchmarks) {}

    private final Path root;

    public BaselineCatalog(Path root) {
        this.root = root;
    }

    /** The baselines in name order; empty when the root does not exist. Unreadable manifests throw. */
    public List<Entry> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve(BaselineFiles.MANIFEST)))
                    .sorted()
                    .map(dir -> entry(new BaselineFiles(dir)))
                    .toList();
        }
    }

    private static Entry entry(BaselineFiles files) {
        var run = new BaselineReader().read(files);
        return new Entry(files.name(), files, run.info().time() == null ? "?" : run.info().time().toString(),
                run.info().commit(), run.results().size());
    }
}
