package dev.perfgate.golden.tracking;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of JMH's command line that {@code tracker ab} speaks, so {@code golden.jar} can be one
 * side of an A/B like any JMH uber-jar: {@code -l} lists the golden benchmarks under
 * {@code Benchmarks:}, and {@code REGEXP -f 1 -rf json -rff FILE} with {@code -wi/-w/-i/-r} and
 * {@code -p rate=N} runs one fork (in this JVM, which ab started fresh) and writes the matching
 * benchmarks as JMH JSON. Anything else JMH would take is refused with exit 2, naming it.
 * Not thread-safe; one per process.
 */
public final class JmhFacade {

    private JmhFacade() {
    }

    /** Whether {@code args} are a JMH command line rather than a golden.jar command. */
    public static boolean handles(String[] args) {
        List<String> all = List.of(args);
        return all.contains("-l") || all.contains("-rff") || (args.length > 0 && args[0].startsWith("^"));
    }

    public static int run(String[] args, PrintStream out) throws IOException, InterruptedException {
        if (List.of(args).contains("-l")) {
            // ab lists with its regexps and options before -l; JMH lists what the regexps match
            List<Pattern> matching = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("-")) {
                    i += args[i].equals("-l") ? 0 : 1;
                } else {
                    matching.add(Pattern.compile(args[i]));
                }
            }
            out.println("Benchmarks:");
            JmhJsonWriter.NAMES.stream()
                    .filter(name -> matching.isEmpty() || matching.stream().anyMatch(p -> p.matcher(name).find()))
                    .forEach(out::println);
            return 0;
        }
        TrackingPlan base = TrackingPlan.QUICK;
        int warmupIterations = 1;
        Duration warmupTime = base.warmup();
        int iterations = base.iterations();
        Duration iterationTime = base.iterationTime();
        double rate = base.rate();
        Path json = null;
        List<Pattern> includes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-f" -> requireValue(args, ++i, "-f", "1");
                case "-rf" -> requireValue(args, ++i, "-rf", "json");
                case "-rff" -> json = Path.of(value(args, ++i, arg));
                case "-wi" -> warmupIterations = Integer.parseInt(value(args, ++i, arg));
                case "-w" -> warmupTime = jmhTime(value(args, ++i, arg));
                case "-i" -> iterations = Integer.parseInt(value(args, ++i, arg));
                case "-r" -> iterationTime = jmhTime(value(args, ++i, arg));
                case "-p" -> {
                    String param = value(args, ++i, arg);
                    if (!param.startsWith("rate=")) {
                        throw new IllegalArgumentException("-p " + param + ": the golden benchmarks take only rate=N");
                    }
                    rate = Double.parseDouble(param.substring(5));
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("the golden benchmarks do not take JMH's " + arg);
                    }
                    includes.add(Pattern.compile(arg));
                }
            }
        }
        if (json == null) {
            throw new IllegalArgumentException("-rff FILE is required: where the JSON goes");
        }
        TrackingPlan plan = new TrackingPlan(rate, 1, warmupTime.multipliedBy(warmupIterations), iterations,
                iterationTime, base.authLatency(), base.warmupRateAt(rate));
        List<ForkMeasurement> fork = new GoldenTracking(out, GoldenTracking.Forks.IN_THIS_JVM).run(plan);
        List<String> skipped = new ArrayList<>();
        JmhJsonWriter.write(fork, plan, json, skipped, name -> includes.isEmpty()
                || includes.stream().anyMatch(p -> p.matcher(name).find()));
        skipped.forEach(s -> out.println("left out: " + s));
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void requireValue(String[] args, int i, String option, String only) {
        if (!only.equals(value(args, i, option))) {
            throw new IllegalArgumentException(option + " " + args[i] + ": the golden benchmarks take only " + option
                    + " " + only);
        }
    }

    /** JMH's time values: {@code 200ms}, {@code 2s}, {@code 1min}. */
    static Duration jmhTime(String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|min)").matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a JMH time (e.g. 200ms, 2s, 1min)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }
}
