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
    void a_run_on_another_profile_in_the_committed_baselines_environment_gets_its_own_local_baseline() throws Exception {
        BaselineFiles committed = committed(); // the quick profile's
        EnvironmentBaselines baselines = new EnvironmentBaselines(committed, dir.resolve("local"));
        Run sameMachine = BaselineRoundTripTest.sampleRun();
        Run full = new Run(new RunInfo(8, sameMachine.info().time(), "c8d32dc", "main", "full",
                sameMachine.info().environment()), sameMachine.results());

        var choice = baselines.choose(full);
        assertThat(choice).as("a full run is not judged against a quick baseline")
                .isInstanceOf(EnvironmentBaselines.Choice.Recorded.class);
        assertThat(choice.committedFingerprint()).endsWith(", quick profile");
        assertThat(((EnvironmentBaselines.Choice.Recorded) choice).files().name()).startsWith("full-");
        assertThat(baselines.choose(full)).isInstanceOf(EnvironmentBaselines.Choice.Local.class);
        assertThat(baselines.choose(BaselineRoundTripTest.sampleRun()))
                .as("the quick profile still has the committed one").isInstanceOf(EnvironmentBaselines.Choice.Committed.class);
    }

    @Test
    void a_root_of_baselines_gives_each_profile_its_own_committed_baseline_when_it_has_one() throws Exception {
        Path root = dir.resolve("baselines");
        committed(); // baselines/default, the quick profile's
        Run sample = BaselineRoundTripTest.sampleRun();
        new BaselineWriter().write(new Run(new RunInfo(8, sample.info().time(), "c8d32dc", "main", "full",
                sample.info().environment()), sample.results()), BaselineFiles.of(root, "full"));

        BaselineFiles full = BaselineFiles.resolve(root, "full");
        assertThat(full.directory()).isEqualTo(root.resolve("full"));
        assertThat(BaselineFiles.resolve(root, "quick").directory()).isEqualTo(root.resolve("default"));
        assertThat(BaselineFiles.resolve(root, "smoke").directory()).as("no smoke baseline: the default")
                .isEqualTo(root.resolve("default"));
        assertThat(BaselineFiles.resolve(root.resolve("default"), "full").directory())
                .as("a baseline directory given itself stays itself").isEqualTo(root.resolve("default"));
        Run fullRun = new Run(new RunInfo(9, sample.info().time(), "c8d32dc", "main", "full",
                sample.info().environment()), sample.results());
        assertThat(new EnvironmentBaselines(full, dir.resolve("local")).choose(fullRun))
                .isInstanceOf(EnvironmentBaselines.Choice.Committed.class);
    }

    @Test
    void with_no_committed_baseline_at_all_the_run_starts_this_environments_own() throws Exception {
        BaselineFiles none = BaselineFiles.of(dir.resolve("baselines"), "default");
        var choice = new EnvironmentBaselines(none, dir.resolve("local")).choose(on(LAPTOP, "quick"));
        assertThat(choice).isInstanceOf(EnvironmentBaselines.Choice.Recorded.class);
        assertThat(choice.committedFingerprint()).isNull();
    }
}
