package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FileCheckTest {

    @TempDir
    Path dir;

    @Test
    void findsTheDirectoryOfEmbeddedFileUrlsOnly() {
        assertThat(H2FileCheck.directoryOf("jdbc:h2:file:/a/b/history;MODE=PostgreSQL")).isEqualTo(Path.of("/a/b"));
        assertThat(H2FileCheck.directoryOf("jdbc:h2:./.perfgate/history"))
                .isEqualTo(Path.of(".perfgate").toAbsolutePath());
        assertThat(H2FileCheck.directoryOf("jdbc:h2:mem:test")).isNull();
        assertThat(H2FileCheck.directoryOf("jdbc:h2:tcp://host/db")).isNull();
        assertThat(H2FileCheck.directoryOf("jdbc:h2:~/db")).isNull();
        assertThat(H2FileCheck.directoryOf("jdbc:postgresql://host/db")).isNull();
    }

    @Test
    void createsMissingDirectoriesAndRejectsImpossibleOnes() throws IOException {
        H2FileCheck.prepare("jdbc:h2:file:" + dir.resolve("x/y/history").toAbsolutePath());
        assertThat(dir.resolve("x/y")).isDirectory();

        Path file = Files.writeString(dir.resolve("file"), "x");
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + "/history";
        assertThatThrownBy(() -> H2FileCheck.prepare(url)).isInstanceOf(StoreException.class)
                .hasMessageContaining(url).hasMessageContaining("cannot create the directory " + file.toAbsolutePath());
    }
}
