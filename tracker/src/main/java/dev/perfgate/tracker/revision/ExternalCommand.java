package dev.perfgate.tracker.revision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One external program run to completion in a directory, its standard output and error together,
 * with a time limit. A program that cannot be started, times out or is interrupted is a result
 * with exit {@code -1} and a message, never an exception: callers say what they were doing.
 * Stateless and thread-safe.
 */
public final class ExternalCommand {

    private ExternalCommand() {}

    /** What a program did: its exit code and its output, stripped. */
    public record Result(int exit, String output) {

        public boolean ok() {
            return exit == 0;
        }

        /** The output's last 800 characters: where a build says why it failed. */
        public String tail() {
            return output.length() <= 800 ? output : "…" + output.substring(output.length() - 800);
        }
    }

    public static Result run(Path dir, List<String> command, Duration limit) {
        Path log = null;
        try {
            log = Files.createTempFile("perfgate-command", ".log");
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Result(-1, "timed out after " + limit.toMinutes() + " min: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return new Result(-1, "cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted: " + String.join(" ", command));
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temporary log left behind harms nothing
                }
            }
        }
    }
}
