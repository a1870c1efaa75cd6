package dev.perfgate.tracker.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JMH's machine lock as a duet takes it: on a file of the test's own (never the machine's real
 * {@code jmh.lock}, which a JMH run elsewhere may hold), a second taker in this JVM or in another
 * process is refused at once with a message saying which, and the lock is free again once its
 * holder lets go.
 */
class JmhMachineLockTest {

    @TempDir
    Path dir;

    @Test
    void the_machine_file_is_the_one_jmh_locks() {
        assertThat(JmhMachineLock.machineFile())
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock"));
    }

    @Test
    void a_second_lock_in_this_process_is_refused_saying_another_ab_here_holds_it() {
        Path file = dir.resolve("jmh.lock");
        try (JmhMachineLock first = JmhMachineLock.acquire(file)) {
            assertThatThrownBy(() -> JmhMachineLock.acquire(file))
                    .isInstanceOf(AbException.class)
                    .hasMessageContaining("another A/B in this process holds JMH's lock")
                    .hasMessageContaining(file.toString())
                    .hasCauseInstanceOf(OverlappingFileLockException.class);
        }
        // the refused attempt left nothing behind: once the first lets go, the lock can be taken again
        try (JmhMachineLock again = JmhMachineLock.acquire(file)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void a_lock_another_process_holds_is_refused_at_once_and_free_once_it_lets_go() throws Exception {
        Path file = dir.resolve("jmh.lock");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                FileLockHolder.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> JmhMachineLock.acquire(file))
                    .isInstanceOf(AbException.class)
                    .hasMessageContaining("another JMH run holds " + file)
                    .hasMessageContaining("a duet waits for none");

            holder.getOutputStream().close(); // the holder's standard input ends: it releases and exits
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).as("the holder exited").isTrue();
            assertThat(holder.exitValue()).isZero();
            try (JmhMachineLock mine = JmhMachineLock.acquire(file)) {
                assertThat(mine).isNotNull();
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void a_lock_file_that_cannot_be_opened_is_named() {
        Path file = dir.resolve("no-such-dir").resolve("jmh.lock");
        assertThatThrownBy(() -> JmhMachineLock.acquire(file))
                .isInstanceOf(AbException.class)
                .hasMessageContaining("cannot take JMH's lock " + file);
    }
}
