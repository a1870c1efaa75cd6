package dev.perfgate.tracker.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void theSidecarTheLauncherWritesIsReadBackWhole() throws IOException {
        Path json = Files.writeString(dir.resolve("jmh-result.json"), "[]");
        MachineEnvironment measured = new MachineEnvironment("Linux", "aarch64", "Neoverse-N1", 4, 8L << 30);

        measured.writeSidecar(json);

        assertThat(MachineEnvironment.sidecar(json)).hasFileName("jmh-result.json.env");
        assertThat(MachineEnvironment.UNKNOWN.withSidecarOf(json)).isEqualTo(measured);
    }

    @Test
    void noSidecarLeavesItUnknownAndEnvOptionsOverrideIt() {
        Path json = dir.resolve("elsewhere.json");
        assertThat(MachineEnvironment.UNKNOWN.withSidecarOf(json)).isEqualTo(MachineEnvironment.UNKNOWN);
        assertThat(MachineEnvironment.UNKNOWN.with(Map.of("cores", "16"), "--env").cores()).isEqualTo(16);
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> MachineEnvironment.UNKNOWN.with(Map.of("cores", "many"), "--env"))
                .hasMessageContaining("--env").hasMessageContaining("\"cores\" is \"many\"");
        assertThatThrownBy(() -> MachineEnvironment.UNKNOWN.with(Map.of("os", "x"), "--env"))
                .hasMessageContaining("unknown environment key \"os\"");
    }
}
