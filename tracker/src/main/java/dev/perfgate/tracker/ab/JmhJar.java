package dev.perfgate.tracker.ab;

import dev.perfgate.tracker.jmh.InvalidResultException;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A JMH uber-jar of any project, run as JMH's own command line would run it: {@code java -jar JAR
 * [JMH arguments]}. Each fork is one JMH invocation of one benchmark method with {@code -f 1},
 * writing JSON to a temporary file, so its JVM is fresh and nothing of the other build is loaded.
 * The user's regexps select what is listed; each fork then names its one benchmark exactly and
 * passes the user's options ({@code -wi}, {@code -p}, …) as given; only forks and the result
 * format are set here. Not thread-safe: one fork at a time (each build of a duet has its own).
 */
public final class JmhJar implements ForkRunner {

    private static final Pattern BENCHMARK_LINE = Pattern.compile("^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+$");

    private final Path jar;
    private final JmhArguments jmhArgs;
    private final List<String> javaOptions;
    private final Path work;
    private final JmhResultReader reader = new JmhResultReader();
    private int forks;

    /**
     * {@code javaOptions} go to the JVM that runs JMH (e.g. {@code -Djmh.ignoreLock=true});
     * {@code work} is a directory for the forks' JSON files; it must exist.
     */
    public JmhJar(Path jar, JmhArguments jmhArgs, List<String> javaOptions, Path work) {
        if (!Files.isRegularFile(jar)) {
            throw new AbException(jar + ": no such jar");
        }
        this.jar = jar;
        this.jmhArgs = jmhArgs;
        this.javaOptions = List.copyOf(javaOptions);
        this.work = work;
    }

    /**
     * Refuses a duet this machine cannot run: {@code taskset} missing, or a CPU this process may
     * not use (so the error comes before any fork, naming the CPU).
     */
    public static void checkPinning(List<Integer> cpus) {
        for (int cpu : cpus) {
            try {
                Process probe = new ProcessBuilder("taskset", "-c", String.valueOf(cpu), "true")
                        .redirectErrorStream(true).start();
                String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (probe.waitFor() != 0) {
                    throw new AbException("--mode duet: cannot pin to CPU " + cpu + " (" + said + "); choose two CPUs "
                            + "this machine has with --duet-cpus");
                }
            } catch (IOException e) {
                throw new AbException("--mode duet needs taskset (util-linux) on the PATH: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AbException("--mode duet: interrupted while checking CPU " + cpu, e);
            }
        }
    }

    @Override
    public String name() {
        return jar.getFileName().toString();
    }

    @Override
    public List<String> benchmarks() {
        List<String> command = command();
        command.addAll(jmhArgs.forListing());
        command.add("-l");
        String output = run(command, "listing its benchmarks");
        List<String> names = new ArrayList<>();
        boolean listing = false;
        for (String line : output.split("\\R")) {
            if (line.startsWith("Benchmarks:")) {
                listing = true;
            } else if (listing && BENCHMARK_LINE.matcher(line.trim()).matches()) {
                names.add(line.trim());
            }
        }
        if (!listing) {
            throw new AbException(jar + ": not a JMH jar (no benchmark list from -l): " + tail(output));
        }
        return names;
    }

    @Override
    public Run runFork(String benchmark, OptionalInt cpu) {
        Path json = work.resolve(name() + "-" + (++forks) + ".json");
        List<String> command = new ArrayList<>();
        if (cpu.isPresent()) {
            // taskset pins the JMH host JVM; the fork JVM it starts inherits the affinity.
            command.addAll(List.of("taskset", "-c", String.valueOf(cpu.getAsInt())));
        }
        command.addAll(command());
        if (cpu.isPresent() && !javaOptions.contains(JmhMachineLock.IGNORE_LOCK)) {
            // the other build's fork runs at the same moment; the A/B holds JMH's lock for both (JmhMachineLock)
            command.add(command.indexOf("-jar"), JmhMachineLock.IGNORE_LOCK);
        }
        command.add("^" + Pattern.quote(benchmark) + "$");
        command.addAll(jmhArgs.options());
        command.addAll(List.of("-f", "1", "-rf", "json", "-rff", json.toString()));
        run(command, "running " + benchmark);
        return readAndDelete(json, benchmark);
    }

    private Run readAndDelete(Path json, String what) {
        try {
            return reader.read(json);
        } catch (InvalidResultException e) {
            throw new AbException(jar + ": " + what + " wrote no usable result: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(json);
            } catch (IOException ignored) {
                // a leftover temporary file harms nothing; the work directory is removed at the end
            }
        }
    }

    /**
     * One JMH run of the whole selection with {@code forks} forks, as a baseline is measured: what a
     * baseline-mode comparison reads. Throws {@link AbException} when the run fails.
     */
    public Run runSelection(int forks) {
        Path json = work.resolve(name() + "-selection-" + (++this.forks) + ".json");
        List<String> command = command();
        command.addAll(jmhArgs.forListing());
        command.addAll(List.of("-f", String.valueOf(forks), "-rf", "json", "-rff", json.toString()));
        run(command, "running its selection with " + forks + " forks");
        return readAndDelete(json, "its selection");
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private String run(List<String> command, String what) {
        try {
            Path log = Files.createTempFile(work, "fork", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int exit;
            try {
                exit = process.waitFor();
            } catch (InterruptedException e) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                Thread.currentThread().interrupt();
                throw new AbException(jar + ": interrupted while " + what, e);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            if (exit != 0) {
                throw new AbException(jar + ": exit " + exit + " while " + what + ": " + tail(output));
            }
            return output;
        } catch (IOException e) {
            throw new AbException(jar + ": cannot run java while " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AbException(jar + ": interrupted while " + what, e);
        }
    }

    private static String tail(String output) {
        String trimmed = output.strip();
        return trimmed.length() <= 600 ? trimmed : "…" + trimmed.substring(trimmed.length() - 600);
    }
}
