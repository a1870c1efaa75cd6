package dev.perfgate.tracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    private static Environment env(String os, String cpu, int cores) {
        return new Environment("OpenJDK 64-Bit Server VM", "21+35", "21", List.of("-Xmx1g"), "1.37", os, "amd64", cpu, cores, 0);
    }

    @Test
    void unknownPartsAreNoEvidenceOfADifference() {
        assertThat(Environment.differ(env(null, null, 0), env("Windows 11", "Intel Core i7", 8))).isFalse();
        assertThat(Environment.differ(env("Linux", null, 2), env("Linux", "AMD EPYC", 0))).isFalse();
        assertThat(Environment.differ(null, env("Linux", "AMD EPYC", 2))).isFalse();
    }

    @Test
    void knownPartsThatDifferDo() {
        assertThat(Environment.differ(env("Linux", "AMD EPYC", 2), env("Windows 11", "AMD EPYC", 2))).isTrue();
        assertThat(Environment.differ(env("Linux", "AMD EPYC", 2), env("Linux", "AMD EPYC", 4))).isTrue();
        Environment otherJdk = new Environment("OpenJDK 64-Bit Server VM", "17+35", "17", List.of("-Xmx1g"), "1.37",
                null, null, null, 0, 0);
        assertThat(Environment.differ(env(null, null, 0), otherJdk)).isTrue();
    }
}
