package dev.perfgate.tracker.ab;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * JMH's machine-wide lock ({@code <tmpdir>/jmh.lock}, the file every JMH run locks so that two
 * never measure at once), held by the A/B itself for a duet. A duet runs two JMH processes at once
 * on purpose, so each of them must be told to ignore the lock ({@code -Djmh.ignoreLock=true});
 * holding it here keeps every <em>other</em> JMH run off the machine meanwhile, as JMH intends.
 * Not thread-safe; one per A/B.
 */
public final class JmhMachineLock implements AutoCloseable {

    /** The system property JMH reads to run without its lock. */
    public static final String IGNORE_LOCK = "-Djmh.ignoreLock=true";

    private final FileChannel channel;
    private final FileLock lock;

    private JmhMachineLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The file JMH locks: {@code jmh.lock} in {@code java.io.tmpdir}, as JMH itself names it. */
    public static Path machineFile() {
        return Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
    }

    /**
     * Takes JMH's lock ({@link #machineFile()}) without waiting, or throws {@link AbException}
     * saying who holds it.
     */
    public static JmhMachineLock acquire() {
        return acquire(machineFile());
    }

    /**
     * Takes the lock on {@code file} without waiting (a duet waits for none). Throws {@link AbException} when another process holds it, when another A/B in this JVM
     * does (the JDK refuses a second lock of one file in one process with an
     * {@link OverlappingFileLockException}, where another process would simply not get it), or
     * when the file cannot be opened.
     */
    static JmhMachineLock acquire(Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new AbException("cannot take JMH's lock " + file + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new AbException("another A/B in this process holds JMH's lock " + file + "; a duet waits for none, "
                    + "so start it when that one has finished", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new AbException("cannot take JMH's lock " + file + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new AbException("another JMH run holds " + file + "; a duet waits for none, so run it when that "
                    + "one has finished");
        }
        return new JmhMachineLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the lock dies with the channel or the process anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing releases whatever lock the channel had; nothing else is lost
        }
    }
}
