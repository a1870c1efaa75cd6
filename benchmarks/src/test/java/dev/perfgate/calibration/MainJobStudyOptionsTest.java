package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad options of the main-job study: exit 2 with the option and the problem named, before any run. */
class MainJobStudyOptionsTest {

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new MainJobStudy(new PrintStream(new ByteArrayOutputStream()), new PrintWriter(err, true)))
                .setCaseInsensitiveEnumValuesAllowed(true).setErr(new PrintWriter(err, true)).execute(args);
    }

    private String[] good(String... more) throws Exception {
        Path jar = Files.createFile(tmp.resolve("benchmarks.jar"));
        Path tracker = Files.createFile(tmp.resolve("tracker.jar"));
        Path thresholds = Files.createFile(tmp.resolve("thresholds.conf"));
        Path base = Files.createDirectories(tmp.resolve("base"));
        String[] args = {"--dir", tmp.resolve("study").toString(), "--local-baselines", base.toString(), "--jar",
            jar.toString(), "--tracker", tracker.toString(), "--thresholds", thresholds.toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void fewerThanOneRunIsRefused() throws Exception {
        assertThat(run(good("--runs", "0"))).isEqualTo(2);
        assertThat(err.toString()).contains("--runs 0: must be at least 1");
        assertThat(tmp.resolve("study")).doesNotExist();
    }

    @Test
    void aMissingJarIsRefused() throws Exception {
        String[] args = good("--runs", "1");
        Files.delete(tmp.resolve("benchmarks.jar"));
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString()).contains("--jar ").contains("benchmarks.jar: no such file");
    }

    @Test
    void aMissingBaselineDirectoryIsRefused() throws Exception {
        String[] args = good("--runs", "1");
        Files.delete(tmp.resolve("base"));
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString()).contains("--local-baselines ").contains("base: no such directory");
    }

    @Test
    void aBaselineDirectoryWithACommittedLookingDefaultIsRefused() throws Exception {
        String[] args = good("--runs", "1");
        Files.createDirectories(tmp.resolve("base").resolve("default"));
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString()).contains("holds a \"default\" baseline");
    }

    @Test
    void aBaselineDirectoryWithOneNamedAfterTheProfileIsRefused() throws Exception {
        // the main job takes BASEDIR/full as the full profile's committed baseline
        String[] args = good("--runs", "1", "--profile", "full");
        Files.createDirectories(tmp.resolve("base").resolve("full"));
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString()).contains("holds a \"full\" baseline");
    }

    @Test
    void anUnknownProfileIsAPicocliErrorWithExitTwo() throws Exception {
        assertThat(run(good("--runs", "1", "--profile", "slow"))).isEqualTo(2);
        assertThat(err.toString()).contains("--profile").contains("slow");
    }

    @Test
    void rejudgingWithoutARunLogIsRefused() throws Exception {
        assertThat(run(good("--rejudge"))).isEqualTo(2);
        assertThat(err.toString()).contains("--rejudge: ").contains("runs.jsonl does not exist");
    }
}
