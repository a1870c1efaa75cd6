package dev.perfgate.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The commit and branch the main job ran on, so the history can say which code each run
 * measured. Both are {@code null} outside a git checkout or without git: a run is still worth
 * recording without them. Immutable.
 */
record GitRevision(String commit, String branch) {

    static GitRevision ofWorkingDirectory() {
        return new GitRevision(git("rev-parse", "HEAD"), git("rev-parse", "--abbrev-ref", "HEAD"));
    }

    private static String git(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0 || output.isEmpty()) {
                return null;
            }
            return output;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
