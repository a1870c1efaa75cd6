package dev.perfgate.tracker.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says in words what an {@link IOException} from reading or writing a file means ("permission
 * denied", "no such file or directory", "the directory x does not exist", "is a directory"): the
 * JDK's own messages are often just the path. Stateless.
 */
public final class FileProblem {

    private FileProblem() {}

    /** What went wrong, without the path itself when the caller names it already. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            Path file = Path.of(missing.getFile());
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                return "the directory " + parent + " does not exist";
            }
            return "no such file";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT); // "is a directory", "read-only file system" …
        }
        String message = e.getMessage();
        if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("is a directory")) {
            return "is a directory, not a file";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
