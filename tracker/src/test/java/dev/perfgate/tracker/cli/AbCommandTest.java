package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker ab}'s refusals: each exits 2 with a message naming what is wrong, and stores nothing. */
class AbCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
    }

    @Test
    void a_jar_that_does_not_exist_is_named() {
        CliRun run = CliRun.of("ab", dir.resolve("base.jar").toString(), dir.resolve("head.jar").toString(), "--db", db());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(run.err()).contains("base.jar: no such jar");
        assertThat(dir.resolve("history.mv.db")).doesNotExist();
    }

    @Test
    void a_file_that_is_not_a_jmh_jar_is_refused_with_what_java_said() throws Exception {
        Path notAJar = Files.writeString(dir.resolve("notes.jar"), "not a jar");
        CliRun run = CliRun.of("ab", notAJar.toString(), notAJar.toString(), "--db", db());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(run.err()).contains("notes.jar").contains("listing its benchmarks");
    }

    @Test
    void jmh_options_the_ab_sets_itself_are_refused() throws Exception {
        Path jar = Files.writeString(dir.resolve("x.jar"), "");
        CliRun run = CliRun.of("ab", jar.toString(), jar.toString(), "Calibration", "-f", "3", "--db", db());
        assertThat(run.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(run.err()).contains("-f").contains("one fork per JVM");
    }

    @Test
    void a_budget_that_is_not_a_duration_is_refused_naming_the_option() throws Exception {
        Path jar = Files.writeString(dir.resolve("x.jar"), "");
        for (String budget : new String[] {"0s", "ten minutes", "-5m"}) {
            CliRun run = CliRun.of("ab", jar.toString(), jar.toString(), "--budget", budget, "--db", db());
            assertThat(run.exitCode()).as(budget).isEqualTo(TrackerCli.BAD_INPUT);
            assertThat(run.err()).as(budget).contains("--budget").contains("not a positive duration");
        }
    }

    @Test
    void an_out_file_in_a_missing_directory_is_refused_before_anything_runs() throws Exception {
        Path jar = Files.writeString(dir.resolve("x.jar"), "");
        CliRun run = CliRun.of("ab", jar.toString(), jar.toString(), "--out", dir.resolve("no-dir/x.md").toString());
        assertThat(run.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(run.err()).contains("no-dir").contains("does not exist");
    }

    @Test
    void an_unknown_mode_is_refused_naming_the_choices() throws Exception {
        Path jar = Files.writeString(dir.resolve("x.jar"), "");
        CliRun run = CliRun.of("ab", jar.toString(), jar.toString(), "--mode", "parallel", "--db", db());
        assertThat(run.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(run.err()).contains("--mode parallel").contains("interleaved or duet");
    }

    @Test
    void a_duet_on_a_cpu_the_machine_lacks_is_refused_before_any_fork_naming_the_cpu() throws Exception {
        Path jar = Files.writeString(dir.resolve("x.jar"), "");
        CliRun run = CliRun.of("ab", jar.toString(), jar.toString(), "--mode", "duet", "--duet-cpus", "0,4095",
                "--db", db());
        assertThat(run.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(run.err()).contains("CPU 4095").contains("--duet-cpus");
        assertThat(dir.resolve("history.mv.db")).doesNotExist();
    }

    @Test
    void the_load_injector_stops_by_itself() {
        CliRun run = CliRun.of("load", "--duration", "1500ms", "--seed", "3");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("busy").contains("of 1 s");
    }
}
