package dev.perfgate.tracker.ab;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JMH command-line arguments split into the benchmark regexps and the options, so an A/B can list
 * what the regexps select and then run one benchmark at a time with the same options. JMH's
 * options all take a value except the few listing flags; a value may itself start with '-'
 * ({@code -jvmArgs -Xmx1g}). Immutable.
 *
 * @param regexps  the include patterns, in order
 * @param options  every option with its value, in order
 */
public record JmhArguments(List<String> regexps, List<String> options) {

    /** The flags that take no value. */
    private static final Set<String> FLAGS = Set.of("-l", "-lp", "-lrf", "-lprof", "-h", "--help");

    /** Options the A/B sets itself: one fork per JVM, JSON results where it reads them. */
    private static final Set<String> RESERVED = Set.of("-f", "-rf", "-rff", "-o", "-l", "-lp", "-lrf", "-lprof",
            "-h", "--help");

    public JmhArguments {
        regexps = List.copyOf(regexps);
        options = List.copyOf(options);
    }

    /** Splits {@code args}; throws {@link AbException} for options the A/B must set itself or that lack a value. */
    public static JmhArguments parse(List<String> args) {
        List<String> regexps = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-")) {
                regexps.add(arg);
                continue;
            }
            if (RESERVED.contains(arg)) {
                throw new AbException("JMH option " + arg + " cannot be given to an A/B: it runs one fork per JVM "
                        + "(-f 1) and reads JSON results itself; use --max-pairs to say how many forks");
            }
            options.add(arg);
            if (!FLAGS.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new AbException("JMH option " + arg + " needs a value");
                }
                options.add(args.get(++i));
            }
        }
        return new JmhArguments(regexps, options);
    }

    /** What lists the selected benchmarks: the regexps and the options (params narrow nothing, but -e does). */
    List<String> forListing() {
        List<String> all = new ArrayList<>(regexps);
        all.addAll(options);
        return all;
    }
}
