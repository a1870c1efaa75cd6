package dev.perfgate.tracker.baseline;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a baseline's files live: {@code <root>/<name>/manifest.json} and
 * {@code <root>/<name>/histograms.hlog}. Immutable.
 *
 * @param directory  the baseline's own directory
 */
public record BaselineFiles(Path directory) {

    public static final String MANIFEST = "manifest.json";
    public static final String HISTOGRAMS = "histograms.hlog";
    public static final String DEFAULT_NAME = "default";

    public static BaselineFiles of(Path root, String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            throw new IllegalArgumentException("baseline name \"" + name
                    + "\" must be letters, digits, '.', '_' or '-' (not starting with '.')");
        }
        return new BaselineFiles(root.resolve(name));
    }

    /**
     * Resolves what a user passed as {@code --baseline}: a baseline directory itself (it holds a
     * manifest), or a root of baselines, meaning its {@value #DEFAULT_NAME} baseline.
     */
    public static BaselineFiles resolve(Path given) {
        if (Files.exists(given.resolve(MANIFEST))) {
            return new BaselineFiles(given);
        }
        return new BaselineFiles(given.resolve(DEFAULT_NAME));
    }

    /**
     * As {@link #resolve(Path)}, for a run measured on profile {@code label}: a root of baselines
     * that holds one named after the profile ({@code baselines/full}) means that one, so each
     * profile can have a committed baseline of its own; otherwise its {@value #DEFAULT_NAME}.
     */
    public static BaselineFiles resolve(Path given, String label) {
        if (label != null && label.matches("[A-Za-z0-9._-]+") && !label.startsWith(".")
                && !Files.exists(given.resolve(MANIFEST)) && Files.exists(given.resolve(label).resolve(MANIFEST))) {
            return new BaselineFiles(given.resolve(label));
        }
        return resolve(given);
    }

    public Path manifest() {
        return directory.resolve(MANIFEST);
    }

    public Path histograms() {
        return directory.resolve(HISTOGRAMS);
    }

    public String name() {
        return directory.getFileName().toString();
    }
}
