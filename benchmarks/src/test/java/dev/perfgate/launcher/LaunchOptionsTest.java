package dev.perfgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void jmhOptionsAreHandedToJmhUntouched() {
        assertThat(LaunchOptions.isJmhCommandLine(new String[] {"-l"})).isTrue();
        assertThat(LaunchOptions.isJmhCommandLine(new String[] {"CalibrationBenchmark", "-f", "1", "-prof", "gc"})).isTrue();
    }

    @Test
    void noArgumentsOrOwnOptionsRunTheProfile() {
        assertThat(LaunchOptions.isJmhCommandLine(new String[0])).isFalse();
        assertThat(LaunchOptions.isJmhCommandLine(new String[] {"--profile", "full"})).isFalse();
        assertThat(LaunchOptions.isJmhCommandLine(new String[] {"--profile=smoke", "Calibration"})).isFalse();
        assertThat(LaunchOptions.isJmhCommandLine(new String[] {"--no-track"})).isFalse();
    }

    @Test
    void unknownOptionIsAUsageError() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int code = new Launcher(new java.io.PrintStream(bytes, true), java.time.Clock.systemUTC())
                .run(new String[] {"--profile", "quick", "--frobnicate"});
        assertThat(code).isEqualTo(2);
        assertThat(bytes.toString()).contains("--frobnicate");
    }

    @Test
    void unknownProfileIsAUsageErrorNamingIt() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int code = new Launcher(new java.io.PrintStream(bytes, true), java.time.Clock.systemUTC())
                .run(new String[] {"--profile", "turbo"});
        assertThat(code).isEqualTo(2);
        assertThat(bytes.toString()).contains("turbo");
    }
}
