package dev.perfgate.tracker.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Before H2 opens an embedded file database, makes sure its directory exists and is writable.
 * H2 itself reports an unusable location by dumping stack traces on stderr, which a command line
 * must not do; this turns it into one {@link StoreException} naming the URL and the directory.
 * Stateless.
 */
final class H2FileCheck {

    private static final String PREFIX = "jdbc:h2:";

    private H2FileCheck() {}

    static void prepare(String url) {
        Path directory = directoryOf(url);
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot open the history database " + url + ": cannot create the directory "
                    + directory + " (" + e + ")", e);
        }
        if (!Files.isWritable(directory)) {
            throw new StoreException("cannot open the history database " + url + ": the directory " + directory
                    + " is not writable");
        }
    }

    /**
     * For commands that only read: the database file must already exist, so a mistyped
     * {@code --db} is named instead of silently becoming a new, empty database.
     */
    static void requireExisting(String url) {
        Path file = databaseFileOf(url);
        if (file != null && !Files.isRegularFile(file)) {
            throw new StoreException("no history database at " + file + " (from " + url
                    + "): check --db or $PERFGATE_DB; only ingest creates one");
        }
    }

    /** The H2 file ({@code name.mv.db}) of an embedded file URL, or {@code null} for other URLs. */
    static Path databaseFileOf(String url) {
        Path directory = directoryOf(url);
        if (directory == null) {
            return null;
        }
        String rest = url.substring(PREFIX.length());
        int options = rest.indexOf(';');
        String location = (options < 0 ? rest : rest.substring(0, options)).replaceFirst("^file:", "");
        return directory.resolve(Path.of(location).getFileName() + ".mv.db");
    }

    /** The directory of an embedded file URL, or {@code null} for in-memory, server and other URLs. */
    static Path directoryOf(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return null;
        }
        String rest = url.substring(PREFIX.length());
        int options = rest.indexOf(';');
        String location = options < 0 ? rest : rest.substring(0, options);
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.matches("^[a-zA-Z]{2,}:.*")) {
            return null; // mem:, tcp:, ssl:, zip:, nio… : not a plain file of ours to check
        }
        if (location.isEmpty() || location.startsWith("~")) {
            return null;
        }
        try {
            return Path.of(location).toAbsolutePath().normalize().getParent();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
