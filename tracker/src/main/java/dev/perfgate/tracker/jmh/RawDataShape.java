package dev.perfgate.tracker.jmh;

import java.util.function.Consumer;

/**
 * Checks that an entry's raw data has the shape JMH gives it: one array per fork ({@code forks}
 * of them, or one for {@code forks: 0}, JMH running the benchmark inside its own JVM) and
 * {@code measurementIterations} values in each. JMH drops a benchmark whose fork or iteration
 * failed rather than writing part of it (Runner.runSeparate clears its results), so any other
 * shape was made by something else and is refused. {@code forks: 0} is accepted with a warning:
 * JMH writes it, but its one "fork" shares the JIT state of every benchmark run before it. A
 * field that is absent (very old JMH) is not checked. Stateless.
 */
final class RawDataShape {

    private RawDataShape() {}

    /**
     * @param forks       JMH's {@code forks}, -1 when absent
     * @param iterations  JMH's {@code measurementIterations}, -1 when absent
     * @param perFork     the number of values in each fork array of {@code path}
     */
    static void check(EntryFields fields, int forks, int iterations, String path, int[] perFork, Consumer<String> warnings) {
        if (forks >= 0) {
            int expected = Math.max(forks, 1);
            if (perFork.length != expected) {
                throw fields.invalid("\"forks\" is " + forks + (forks == 0 ? " (JMH ran it in its own JVM: 1 fork array)" : "")
                        + " but \"" + path + "\" has " + perFork.length + " fork array" + (perFork.length == 1 ? "" : "s"));
            }
            if (forks == 0) {
                warnings.accept("\"forks\" is 0: JMH measured it inside its own JVM, so its one fork shares the JIT"
                        + " state of the benchmarks run before it; read as one fork");
            }
        }
        for (int fork = 1; fork < perFork.length; fork++) {
            if (perFork[fork] != perFork[0]) {
                throw fields.invalid("\"" + path + "[" + fork + "]\" has " + count(perFork[fork]) + " but \"" + path
                        + "[0]\" has " + perFork[0] + ": JMH gives every fork the same iterations");
            }
        }
        if (iterations >= 0 && perFork.length > 0 && perFork[0] != iterations) {
            throw fields.invalid("\"measurementIterations\" is " + iterations + " but \"" + path + "[0]\" has "
                    + count(perFork[0]));
        }
    }

    private static String count(int n) {
        return n + (n == 1 ? " iteration" : " iterations");
    }
}
