package dev.perfgate.tracker.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.Run;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeResultFileTest {

    @TempDir
    Path dir;

    @Test
    void theGeneratedFilePassesEveryCheck() throws IOException {
        Path file = dir.resolve("big.json");
        LargeResultFile.write(file, 250);

        Run run = new JmhResultReader().read(file);

        assertThat(run.results()).hasSize(250);
        assertThat(run.results()).allSatisfy(result -> assertThat(result.iterations()).hasSize(10));
    }
}
