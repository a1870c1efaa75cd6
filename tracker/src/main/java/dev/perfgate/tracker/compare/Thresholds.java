package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.BenchmarkKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The practical threshold for each benchmark: a default plus per-benchmark rules, first match
 * wins. Rules come from a small file beside the baselines ({@value #FILE_NAME}), one rule a line:
 *
 * <pre>
 * # noisy contended benchmarks get more room
 * *BreakerBenchmark.* = 10%
 * dev.perfgate.auth.TokenBenchmark.verify = 3%
 * </pre>
 *
 * A pattern is a glob ({@code *} any characters, {@code ?} one) matched against the benchmark's
 * full name or its {@code Class.method}. A line {@code reference = GLOB} (repeatable) names
 * reference benchmarks instead: code that never changes, whose movement measures the machine's
 * (see {@link DriftGuard}). A line {@code reference for SCOPE = GLOB} names references for the
 * benchmarks {@code SCOPE} matches only, for work the machine moves in its own way (loopback
 * latency gets faster on a busy machine while CPU-bound work gets slower): such a reference guards
 * its scope and nothing else, and its scope is guarded by nothing else. Immutable and thread-safe.
 */
public final class Thresholds {

    /** The rule file's name inside a baselines directory. */
    public static final String FILE_NAME = "thresholds.conf";

    private record Rule(String glob, Pattern pattern, double threshold) {}

    /** References for the benchmarks {@code scope} matches, and for no other. */
    private record ScopedReference(Pattern scope, Pattern reference) {}

    private final double defaultThreshold;
    /** The key word of a reference rule's left side. */
    static final String REFERENCE = "reference";
    /** What follows {@link #REFERENCE} on the left side of a scoped reference rule. */
    private static final String SCOPED = REFERENCE + " for ";

    private final List<Rule> rules;
    private final List<Pattern> references;
    private final List<ScopedReference> scoped;

    private Thresholds(double defaultThreshold, List<Rule> rules, List<Pattern> references,
            List<ScopedReference> scoped) {
        this.defaultThreshold = checked(defaultThreshold, "default threshold");
        this.rules = List.copyOf(rules);
        this.references = List.copyOf(references);
        this.scoped = List.copyOf(scoped);
    }

    public static Thresholds uniform(double threshold) {
        return new Thresholds(threshold, List.of(), List.of(), List.of());
    }

    /** These rules plus more reference globs (a CLI's {@code --reference}). */
    public Thresholds withReferences(List<String> globs) {
        List<Pattern> all = new ArrayList<>(references);
        globs.forEach(glob -> all.add(globToRegex(glob.strip())));
        return new Thresholds(defaultThreshold, rules, all, scoped);
    }

    /** These rules plus a {@code reference for SCOPE = GLOB} rule, after the ones already here. */
    public Thresholds withScopedReference(String scope, String glob) {
        List<ScopedReference> all = new ArrayList<>(scoped);
        all.add(new ScopedReference(globToRegex(scope.strip()), globToRegex(glob.strip())));
        return new Thresholds(defaultThreshold, rules, references, all);
    }

    /** True when at least one reference rule is known: without one the drift guard cannot judge the machine. */
    public boolean hasReferences() {
        return !references.isEmpty() || !scoped.isEmpty();
    }

    /** True when the key is a reference benchmark of any scope: its code never changes, its movement is the machine's. */
    public boolean isReference(BenchmarkKey key) {
        return isGeneralReference(key) || scopeOfReference(key) >= 0;
    }

    /** True when the key is a reference for every benchmark outside the scoped rules' scopes. */
    boolean isGeneralReference(BenchmarkKey key) {
        return scopeOfReference(key) < 0 && references.stream().anyMatch(p -> matches(p, key));
    }

    /**
     * The scope a benchmark is guarded in: the index of the first {@code reference for} rule whose
     * scope matches it, or -1 for the general references. A scoped reference is in its own scope.
     */
    int scopeOf(BenchmarkKey key) {
        int own = scopeOfReference(key);
        if (own >= 0) {
            return own;
        }
        for (int i = 0; i < scoped.size(); i++) {
            if (matches(scoped.get(i).scope(), key)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first scoped rule whose reference glob matches the key, or -1. */
    private int scopeOfReference(BenchmarkKey key) {
        for (int i = 0; i < scoped.size(); i++) {
            if (matches(scoped.get(i).reference(), key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The rules that go with one baseline: {@value #FILE_NAME} in the directory that holds the
     * baseline's own directory ({@code baselines/thresholds.conf} for {@code baselines/default}).
     */
    public static Thresholds forBaseline(Path baselineDirectory, double defaultThreshold) throws IOException {
        return load(fileFor(baselineDirectory), defaultThreshold);
    }

    /** Where the rules for a baseline directory live: {@code thresholds.conf} beside it. */
    public static Path fileFor(Path baselineDirectory) {
        return baselineDirectory.toAbsolutePath().getParent().resolve(FILE_NAME);
    }

    /**
     * Reads rules from {@code file}; a missing file means no rules. Throws
     * {@link IllegalArgumentException} naming the file and line of a malformed rule.
     */
    public static Thresholds load(Path file, double defaultThreshold) throws IOException {
        if (!Files.exists(file)) {
            return uniform(defaultThreshold);
        }
        List<Rule> rules = new ArrayList<>();
        List<Pattern> references = new ArrayList<>();
        List<ScopedReference> scoped = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String where = file + " line " + (i + 1);
            if (equals <= 0) {
                throw new IllegalArgumentException(where + ": expected \"pattern = 5%\", got \"" + line + "\"");
            }
            String glob = line.substring(0, equals).strip();
            if (glob.equals(REFERENCE)) {
                String reference = line.substring(equals + 1).strip();
                if (reference.isEmpty()) {
                    throw new IllegalArgumentException(where + ": \"reference =\" needs a benchmark glob");
                }
                references.add(globToRegex(reference));
                continue;
            }
            if (glob.startsWith(SCOPED) || glob.equals(SCOPED.strip())) {
                String scope = glob.length() > SCOPED.length() ? glob.substring(SCOPED.length()).strip() : "";
                String reference = line.substring(equals + 1).strip();
                if (scope.isEmpty() || reference.isEmpty()) {
                    throw new IllegalArgumentException(where + ": expected \"reference for SCOPE = GLOB\", got \""
                            + line + "\"");
                }
                scoped.add(new ScopedReference(globToRegex(scope), globToRegex(reference)));
                continue;
            }
            double threshold;
            try {
                threshold = parsePercent(line.substring(equals + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            rules.add(new Rule(glob, globToRegex(glob), threshold));
        }
        return new Thresholds(defaultThreshold, rules, references, scoped);
    }

    /** Parses "5%", "5 %" or "0.05" into a fraction; throws naming the text when it is not one. */
    public static double parsePercent(String text) {
        String value = text.strip();
        try {
            double fraction = value.endsWith("%")
                    ? Double.parseDouble(value.substring(0, value.length() - 1).strip()) / 100
                    : Double.parseDouble(value);
            return checked(fraction, "threshold \"" + value + "\"");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("threshold \"" + value + "\" is not a number like 5% or 0.05", e);
        }
    }

    public double defaultThreshold() {
        return defaultThreshold;
    }

    /** The threshold (a fraction) for this key: the first matching rule's, or the default. */
    public double forKey(BenchmarkKey key) {
        for (Rule rule : rules) {
            if (matches(rule.pattern, key)) {
                return rule.threshold;
            }
        }
        return defaultThreshold;
    }

    private static boolean matches(Pattern pattern, BenchmarkKey key) {
        return pattern.matcher(key.benchmark()).matches() || pattern.matcher(key.shortName()).matches();
    }

    private static double checked(double fraction, String what) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException(what + " must be between 0% and 100%, was " + fraction * 100 + "%");
        }
        return fraction;
    }

    private static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
