package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The A/B study's second build: the same jar, plus the one resource that sets its extra work. */
class KnownWorkBuildTest {

    @TempDir
    Path dir;

    @Test
    void theSecondBuildIsTheFirstPlusTheExtraWorkResourceAndNothingElse() throws Exception {
        Path jar = dir.resolve("base.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("dev/perfgate/Other.txt"));
            out.write("unchanged".getBytes(StandardCharsets.UTF_8));
        }
        Path study = Files.createDirectory(dir.resolve("study"));

        Path head = AbStudy.buildWithExtraWork(jar, 10, study);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {head.toUri().toURL()}, null)) {
            try (InputStream extra = loader.getResourceAsStream(KnownWorkBenchmark.EXTRA_WORK_RESOURCE);
                 InputStream other = loader.getResourceAsStream("dev/perfgate/Other.txt")) {
                assertThat(new String(extra.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("10");
                assertThat(new String(other.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("unchanged");
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(loader.getResource(KnownWorkBenchmark.EXTRA_WORK_RESOURCE)).as("the base is untouched").isNull();
        }
    }

    @Test
    void withoutTheResourceABuildDoesNoExtraWork() {
        // the test classpath carries no such resource: the base build's work
        assertThat(KnownWorkBenchmark.extraWorkPercent()).isZero();
        assertThat(CalibrationBenchmark.tokensFor(KnownWorkBenchmark.extraWorkPercent()))
                .isEqualTo(CalibrationBenchmark.BASE_TOKENS);
    }
}
