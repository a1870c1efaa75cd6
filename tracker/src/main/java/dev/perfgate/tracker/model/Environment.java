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
 * @param osName       operating system of the machine that measured, {@code null} when not supplied
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
     * Whether two environments are known to differ in a part that changes what a benchmark
     * measures (the parts of {@link #fingerprint}): a part unknown on either side ({@code null},
     * 0 cores, no JVM known for the JVM arguments) is no evidence of a difference and is skipped.
     * Either environment {@code null} means nothing is known.
     */
    public static boolean differ(Environment a, Environment b) {
        if (a == null || b == null) {
            return false;
        }
        boolean argsKnown = (a.jvmName != null || a.jdkVersion != null) && (b.jvmName != null || b.jdkVersion != null);
        return known(a.jvmName, b.jvmName) || known(a.jdkVersion, b.jdkVersion)
                || (argsKnown && !a.jvmArgs.equals(b.jvmArgs))
                || known(a.osName, b.osName) || known(a.osArch, b.osArch) || known(a.cpuModel, b.cpuModel)
                || (a.cores > 0 && b.cores > 0 && a.cores != b.cores);
    }

    private static boolean known(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /**
     * The parts of the environment that change what a benchmark measures, "?" where unknown. Runs
     * that {@link #differ} are compared, but every verdict is marked cross-environment.
     */
    public String fingerprint() {
        return String.join(" | ",
                Objects.toString(jvmName, "?") + " " + Objects.toString(jdkVersion, "?"),
                String.join(" ", jvmArgs),
                Objects.toString(osName, "?") + "/" + Objects.toString(osArch, "?"),
                Objects.toString(cpuModel, "?") + " ×" + cores);
    }
}
