package dev.perfgate.tracker.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a run was measured. Any field may be {@code null} when the source did not say (old JMH
 * versions omit the VM fields). Immutable.
 *
 * @param jvmName      JMH's {@code vmName}, e.g. "OpenJDK 64-Bit Server VM"
 * @param jvmVersion   JMH's {@code vmVersion}
 * @param jdkVersion   JMH's {@code jdkVersion}
 * @param jvmArgs      JMH's {@code jvmArgs}
 * @param jmhVersion   JMH's {@code jmhVersion}
 * @param osName       operating system, from the machine that ingested the run
 * @param osArch       architecture
 * @param cpuModel     CPU model name
 * @param cores        available processors, 0 when unknown
 * @param memoryBytes  physical memory, 0 when unknown
 */
public record Environment(
        String jvmName,
        String jvmVersion,
        String jdkVersion,
        List<String> jvmArgs,
        String jmhVersion,
        String osName,
        String osArch,
        String cpuModel,
        int cores,
        long memoryBytes) {

    public Environment {
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
    }

    /**
     * The parts of the environment that change what a benchmark measures. Two runs with different
     * fingerprints are compared, but every verdict is marked cross-environment.
     */
    public String fingerprint() {
        return String.join(" | ",
                Objects.toString(jvmName, "?") + " " + Objects.toString(jdkVersion, "?"),
                String.join(" ", jvmArgs),
                Objects.toString(osName, "?") + "/" + Objects.toString(osArch, "?"),
                Objects.toString(cpuModel, "?") + " ×" + cores);
    }
}
