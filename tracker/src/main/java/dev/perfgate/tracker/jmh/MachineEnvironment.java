package dev.perfgate.tracker.jmh;

import dev.perfgate.tracker.io.FileProblem;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What JMH's JSON does not say about where it ran: the OS, architecture, CPU model, cores and
 * memory of the machine that measured. Only the measuring machine knows them: the benchmarks
 * launcher takes {@link #current()} (and writes it beside its JSON as a {@link #sidecar} file);
 * {@code tracker ingest} takes a sidecar and {@code --env KEY=VALUE}; anything else is
 * {@link #UNKNOWN} ({@code null} text, 0 numbers), never the ingesting machine's. Immutable.
 */
public record MachineEnvironment(String osName, String osArch, String cpuModel, int cores, long memoryBytes) {

    /** Nothing known. */
    public static final MachineEnvironment UNKNOWN = new MachineEnvironment(null, null, null, 0, 0);

    /** The keys of {@code --env} and of a sidecar file, in the order written. */
    public static final List<String> KEYS = List.of("osName", "osArch", "cpuModel", "cores", "memoryBytes");

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
    private static final Path MEM_INFO = Path.of("/proc/meminfo");

    /** This machine: for results measured in this process or by a JMH run it started. */
    public static MachineEnvironment current() {
        return new MachineEnvironment(
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                readCpuModel(),
                Runtime.getRuntime().availableProcessors(),
                memory());
    }

    /** The sidecar of a JMH result file: {@code result.json.env}, one {@code KEY=VALUE} a line. */
    public static Path sidecar(Path resultFile) {
        return resultFile.resolveSibling(resultFile.getFileName() + ".env");
    }

    /** Writes this environment as the sidecar of {@code resultFile}. */
    public void writeSidecar(Path resultFile) throws IOException {
        StringBuilder text = new StringBuilder("# perfgate: the machine that measured " + resultFile.getFileName() + "\n");
        toMap().forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(sidecar(resultFile), text, StandardCharsets.UTF_8);
    }

    /** The sidecar of {@code resultFile} read over this one, or this one when there is none. */
    public MachineEnvironment withSidecarOf(Path resultFile) {
        Path sidecar = sidecar(resultFile);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return this;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(sidecar + ": cannot read the environment sidecar: "
                    + (e instanceof IOException io ? FileProblem.describe(io) : e.getMessage()), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return with(values, sidecar.toString());
    }

    /**
     * This environment with the given {@code KEY=VALUE}s over it; {@code source} names them in
     * errors. Throws {@link IllegalArgumentException} for a key not in {@link #KEYS} or a bad number.
     */
    public MachineEnvironment with(Map<String, String> values, String source) {
        String os = osName;
        String arch = osArch;
        String cpu = cpuModel;
        int n = cores;
        long memory = memoryBytes;
        for (Map.Entry<String, String> e : values.entrySet()) {
            String value = e.getValue().trim();
            switch (e.getKey()) {
                case "osName" -> os = value;
                case "osArch" -> arch = value;
                case "cpuModel" -> cpu = value;
                case "cores" -> n = (int) number(source, e.getKey(), value, Integer.MAX_VALUE);
                case "memoryBytes" -> memory = number(source, e.getKey(), value, Long.MAX_VALUE);
                default -> throw new IllegalArgumentException(source + ": unknown environment key \"" + e.getKey()
                        + "\" (expected one of " + String.join(", ", KEYS) + ")");
            }
        }
        return new MachineEnvironment(os, arch, cpu, n, memory);
    }

    private Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (osName != null) {
            map.put("osName", osName);
        }
        if (osArch != null) {
            map.put("osArch", osArch);
        }
        if (cpuModel != null) {
            map.put("cpuModel", cpuModel);
        }
        if (cores > 0) {
            map.put("cores", Integer.toString(cores));
        }
        if (memoryBytes > 0) {
            map.put("memoryBytes", Long.toString(memoryBytes));
        }
        return map;
    }

    private static long number(String source, String key, String value, long max) {
        try {
            long n = Long.parseLong(value);
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(source + ": environment key \"" + key + "\" is \"" + value
                + "\", expected a non-negative whole number");
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
