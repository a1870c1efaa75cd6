package dev.perfgate.tracker.ab;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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

    /** Takes the lock or throws {@link AbException} saying another JMH run holds it. */
    public static JmhMachineLock acquire() {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new AbException("another JMH run holds " + file + "; a duet waits for none, so run it when that "
                        + "one has finished");
            }
            return new JmhMachineLock(channel, lock);
        } catch (IOException e) {
            throw new AbException("cannot take JMH's lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock dies with the channel or the process anyway
        }
    }
}
