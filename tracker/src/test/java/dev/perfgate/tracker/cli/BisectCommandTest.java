package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.bisect.FakeJmhJarBuilder;
import dev.perfgate.tracker.revision.ExternalCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tracker bisect} on a real git repository of four commits whose builds are fake JMH jars
 * ({@link FakeJmhJarBuilder}): GOOD at 100 ns/op, then a commit that does not build, then the
 * slowdown to 120 ns/op, then BAD. Real worktrees, real builds, real forks, real A/Bs.
 */
class BisectCommandTest {

    private static final Path CLASSES = Path.of("target", "test-classes").toAbsolutePath();

    @TempDir
    Path dir;

    private void git(Path repo, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=perfgate", "-c",
                "user.email=perfgate@example.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ExternalCommand.Result result = ExternalCommand.run(repo, command, Duration.ofMinutes(1));
        assertThat(result.exit()).as(String.join(" ", command) + ": " + result.output()).isZero();
    }

    private void commit(Path repo, String speed, String message) throws Exception {
        Files.writeString(repo.resolve("speed.txt"), speed + "\n", StandardCharsets.UTF_8);
        git(repo, "add", "speed.txt");
        git(repo, "commit", "-q", "--allow-empty", "-m", message);
    }

    private static CliRun bisect(String... args) {
        return CliRun.of(args);
    }

    @Test
    void names_the_first_regressing_commit_and_the_one_that_does_not_build_before_it() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q");
        commit(repo, "100", "good: the parser at 100 ns");
        commit(repo, "broken", "wip: does not compile");
        commit(repo, "120", "parser: slower lookup");
        commit(repo, "120", "bad: docs");
        String build = "java -cp " + CLASSES + " " + FakeJmhJarBuilder.class.getName() + " speed.txt out/bench.jar "
                + CLASSES;

        CliRun run = bisect("bisect", "HEAD~3", "HEAD", "ParserBenchmark", "--repo", repo.toString(), "--build", build,
                "--jar", "out/bench.jar", "--first-look", "3", "--max-pairs", "3", "--budget", "5m");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(TrackerCli.REGRESSION);
        assertThat(run.out()).contains("bisect: 3 commits after GOOD")
                .containsPattern("REGRESSION +[0-9a-f]+ bad: docs: 1 regression; worst ParserBenchmark.parse avgt mean "
                        + "\\+(19|20|21)\\.\\d%")
                .containsPattern("SKIPPED +[0-9a-f]+ wip: does not compile: does not build: the build failed \\(exit 1\\)"
                        + ".*cannot find symbol")
                .containsPattern("first REGRESSION: [0-9a-f]+ parser: slower lookup, or one of the commits before it that "
                        + "do not build: [0-9a-f]+ wip: does not compile");
        assertThat(run.err()).contains("does not build, skipped");
        // Built jars are cached by commit: a second look at the same range builds nothing.
        try (var cached = Files.list(repo.resolve(".perfgate/ab-cache"))) {
            assertThat(cached.count()).isEqualTo(3); // GOOD, the slowdown and BAD; never the broken commit
        }
    }

    @Test
    void bad_revisions_and_ranges_are_refused_naming_them() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q");
        commit(repo, "100", "one");
        commit(repo, "100", "two");
        CliRun unknown = bisect("bisect", "no-such-rev", "HEAD", "X", "--repo", repo.toString());
        assertThat(unknown.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(unknown.err()).contains("GOOD no-such-rev: not a revision");
        CliRun backwards = bisect("bisect", "HEAD", "HEAD~1", "X", "--repo", repo.toString());
        assertThat(backwards.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(backwards.err()).contains("is not an ancestor of BAD");
        CliRun reserved = bisect("bisect", "HEAD~1", "HEAD", "X", "-f", "3", "--repo", repo.toString());
        assertThat(reserved.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(reserved.err()).contains("-f").contains("one fork per JVM");
    }
}
