package dev.perfgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** {@code --against}: a revision that names nothing stops with exit 2 and says why, before anything is built or run. */
class AgainstRevisionTest {

    private static String[] run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new Launcher(new PrintStream(bytes, true, StandardCharsets.UTF_8), Clock.systemUTC()).run(args);
        return new String[] {String.valueOf(exit), bytes.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void against_is_the_launchers_own_option_not_jmhs() {
        assertThat(LaunchOptions.isJmhCommandLine(new String[] {"--against", "HEAD~1"})).isFalse();
        assertThat(LaunchOptions.isJmhCommandLine(new String[] {"--against"})).isFalse();
        assertThat(LaunchOptions.isJmhCommandLine(new String[] {"--budget=5m", "--against"})).isFalse();
    }

    @Test
    void a_revision_that_names_nothing_exits_2_naming_it() {
        String[] result = run("--against", "no-such-revision-0f1e2d");
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1]).contains("--against no-such-revision-0f1e2d").contains("not a revision");
        assertThat(RevisionBuild.CACHE.resolve("no-such-revision-0f1e2d")).doesNotExist();
    }
}
