package dev.perfgate.tracker.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which baseline a run is honestly compared with, by the environment it was measured in. */
class EnvironmentBaselinesTest {

    @TempDir
    Path dir;

    private static final Environment LAPTOP = new Environment("OpenJDK 64-Bit Server VM", "21.0.2+13", "21.0.2",
            List.of(), "1.37", "Mac OS X", "aarch64", "Apple M2", 8, 1L << 34);

    private static Run on(Environment environment, String label) {
        Run sample = BaselineRoundTripTest.sampleRun();
        RunInfo info = sample.info();
        return new Run(new RunInfo(info.id(), info.time(), info.commit(), info.branch(), label, environment),
                sample.results());
    }

    private BaselineFiles committed() throws Exception {
        BaselineFiles files = BaselineFiles.of(dir.resolve("baselines"), "default");
        Run ci = BaselineRoundTripTest.sampleRun();
        new BaselineWriter().write(ci, files);
        return files;
    }

    @Test
    void a_run_in_the_committed_baselines_environment_is_compared_with_it_and_writes_nothing_local() throws Exception {
        BaselineFiles committed = committed();
        Run sameMachine = BaselineRoundTripTest.sampleRun();
        var choice = new EnvironmentBaselines(committed, dir.resolve("local")).choose(sameMachine);
        assertThat(choice).isInstanceOf(EnvironmentBaselines.Choice.Committed.class);
        assertThat(choice.committedFingerprint()).isNull();
        assertThat(dir.resolve("local")).doesNotExist();
    }

    @Test
    void the_first_run_elsewhere_becomes_that_environments_baseline_and_the_second_is_compared_with_it() throws Exception {
        BaselineFiles committed = committed();
        EnvironmentBaselines baselines = new EnvironmentBaselines(committed, dir.resolve("local"));
        Run first = on(LAPTOP, "quick");

        var choice = baselines.choose(first);
        assertThat(choice).isInstanceOf(EnvironmentBaselines.Choice.Recorded.class);
        assertThat(choice.committedFingerprint()).contains("Some CPU");
        BaselineFiles local = ((EnvironmentBaselines.Choice.Recorded) choice).files();
        assertThat(local.directory().getParent()).isEqualTo(dir.resolve("local"));
        assertThat(local.name()).startsWith("quick-");
        assertThat(new BaselineReader().read(local).info().environment()).isEqualTo(LAPTOP);

        var second = baselines.choose(on(LAPTOP, "quick"));
        assertThat(second).isInstanceOf(EnvironmentBaselines.Choice.Local.class);
        assertThat(((EnvironmentBaselines.Choice.Local) second).baseline().info().environment()).isEqualTo(LAPTOP);
        assertThat(new BaselineReader().read(committed).info().environment().cpuModel())
                .as("the committed baseline is untouched").isEqualTo("Some CPU");
    }

    @Test
    void local_baselines_are_kept_per_environment_and_per_profile() throws Exception {
        EnvironmentBaselines baselines = new EnvironmentBaselines(committed(), dir.resolve("local"));
        Environment otherLaptop = new Environment("OpenJDK 64-Bit Server VM", "21.0.2+13", "21.0.2", List.of(), "1.37",
                "Linux", "amd64", "Intel Core i7", 8, 1L << 34);
        assertThat(baselines.choose(on(LAPTOP, "quick"))).isInstanceOf(EnvironmentBaselines.Choice.Recorded.class);
        assertThat(baselines.choose(on(LAPTOP, "smoke"))).as("a smoke run is not the quick profile's baseline")
                .isInstanceOf(EnvironmentBaselines.Choice.Recorded.class);
        assertThat(baselines.choose(on(otherLaptop, "quick"))).isInstanceOf(EnvironmentBaselines.Choice.Recorded.class);
        try (var dirs = Files.list(dir.resolve("local"))) {
            assertThat(dirs.count()).isEqualTo(3);
        }
    }

    @Test
    void with_no_committed_baseline_at_all_the_run_starts_this_environments_own() throws Exception {
        BaselineFiles none = BaselineFiles.of(dir.resolve("baselines"), "default");
        var choice = new EnvironmentBaselines(none, dir.resolve("local")).choose(on(LAPTOP, "quick"));
        assertThat(choice).isInstanceOf(EnvironmentBaselines.Choice.Recorded.class);
        assertThat(choice.committedFingerprint()).isNull();
    }
}
