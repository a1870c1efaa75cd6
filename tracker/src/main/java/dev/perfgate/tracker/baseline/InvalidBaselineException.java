package dev.perfgate.tracker.baseline;

import java.nio.file.Path;

/**
 * A baseline that cannot be read: the message names the file and the problem. Immutable.
 */
public final class InvalidBaselineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidBaselineException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public InvalidBaselineException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
