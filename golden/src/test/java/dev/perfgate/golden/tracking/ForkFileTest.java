package dev.perfgate.golden.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fork's measurement crosses from its JVM to the writer's without losing a count. */
class ForkFileTest {

    @TempDir
    Path dir;

    @Test
    void everyHistogramAndCountComesBackExactly() throws Exception {
        Histogram a = new Histogram(3);
        Histogram b = new Histogram(3);
        for (long v = 1_000; v < 50_000_000; v = v * 3 / 2) {
            a.recordValueWithCount(v, v % 7 + 1);
            b.recordValue(v * 2);
        }
        ForkMeasurement fork = new ForkMeasurement(List.of(a, b), List.of(b, a), List.of(a, a), List.of(198L, 203L),
                List.of(b, b));
        Path file = dir.resolve("fork.txt");

        ForkFile.write(fork, file);
        ForkMeasurement back = ForkFile.read(file, 2);

        assertThat(back.ready()).containsExactly(198L, 203L);
        assertThat(back.handshakes()).containsExactly(a, b);
        assertThat(back.roundTrips()).containsExactly(b, a);
        assertThat(back.sessionChecks()).containsExactly(a, a);
        assertThat(back.loopback()).containsExactly(b, b);
    }

    @Test
    void aFileWithAnIterationMissingIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("short.txt");
        Files.writeString(file, "ready 0 12\n");

        assertThatThrownBy(() -> ForkFile.read(file, 1)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("expected 1 iterations");
    }
}
