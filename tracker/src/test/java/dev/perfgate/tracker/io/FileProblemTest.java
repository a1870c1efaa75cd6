package dev.perfgate.tracker.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemTest {

    @TempDir
    Path dir;

    @Test
    void permissionDeniedIsSaidInWords() {
        // Tests run as root here, where chmod cannot deny a read: the exception the JDK throws is used directly.
        assertThat(FileProblem.describe(new AccessDeniedException("/x/manifest.json"))).isEqualTo("permission denied");
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path file = dir.resolve("no-dir/x.md");
        assertThat(FileProblem.describe(new NoSuchFileException(file.toString())))
                .isEqualTo("the directory " + file.getParent() + " does not exist");
        assertThat(FileProblem.describe(new NoSuchFileException(dir.resolve("x.md").toString()))).isEqualTo("no such file");
    }

    @Test
    void aDirectoryReadAsAFileIsNamed() throws IOException {
        Path directory = Files.createDirectories(dir.resolve("manifest.json"));
        try {
            Files.readAllBytes(directory);
        } catch (IOException e) {
            assertThat(FileProblem.describe(e)).contains("is a directory");
            return;
        }
        throw new AssertionError("reading a directory did not fail");
    }
}
