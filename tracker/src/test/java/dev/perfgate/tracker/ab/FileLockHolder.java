package dev.perfgate.tracker.ab;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code FileLockHolder FILE}: another process holding a file lock, as a JMH run holds
 * {@code jmh.lock}. Locks FILE (waiting if need be), prints {@code locked}, and keeps the lock
 * until its standard input ends, so the test that started it decides when it lets go.
 */
final class FileLockHolder {

    private FileLockHolder() {}

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the lock until the test closes our standard input
            }
        }
    }
}
