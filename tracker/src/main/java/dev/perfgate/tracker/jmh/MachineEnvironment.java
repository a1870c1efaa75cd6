package dev.perfgate.tracker.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What JMH's JSON does not say about where it ran: this machine's OS, architecture, CPU model,
 * cores and memory. Taken from the ingesting machine, which is the measuring machine whenever
 * results are tracked right after the run (the launcher's main job). Immutable.
 */
record MachineEnvironment(String osName, String osArch, String cpuModel, int cores, long memoryBytes) {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
    private static final Path MEM_INFO = Path.of("/proc/meminfo");

    static MachineEnvironment current() {
        return new MachineEnvironment(
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                readCpuModel(),
                Runtime.getRuntime().availableProcessors(),
                memory());
    }

    private static String readCpuModel() {
        if (!Files.isReadable(CPU_INFO)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(CPU_INFO);
            for (String line : lines) {
                // x86 says "model name", many ARM kernels only "Hardware" or "CPU part".
                if (line.startsWith("model name") || line.startsWith("Hardware")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long memory() {
        // /proc/meminfo first: loading the management beans costs more than a small ingest.
        if (Files.isReadable(MEM_INFO)) {
            try {
                for (String line : Files.readAllLines(MEM_INFO)) {
                    if (line.startsWith("MemTotal:")) {
                        String kib = line.substring("MemTotal:".length()).replace("kB", "").trim();
                        return Long.parseLong(kib) * 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // fall through to the management bean
            }
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }
}
