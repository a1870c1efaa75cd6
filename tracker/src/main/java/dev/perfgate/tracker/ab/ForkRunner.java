package dev.perfgate.tracker.ab;

import dev.perfgate.tracker.model.Run;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs one fork of one benchmark method of one build, in a JVM of its own, and returns what it
 * measured (every param combination of that method, one fork each). {@link JmhJar} is the real
 * one; tests give synthetic builds of known truth. An implementation runs one fork at a time,
 * but in {@link AbMode#DUET} the base and the head runner each run one at once, from two threads,
 * so two runners must not share unguarded state.
 */
public interface ForkRunner {

    /** A short name for messages: the jar's file name. */
    String name();

    /** The benchmark methods (JMH's fully qualified names) the build has that the JMH arguments select. */
    List<String> benchmarks();

    /**
     * One fork of {@code benchmark}, its JVM pinned to {@code cpu} when one is given; throws
     * {@link AbException} when the fork fails.
     */
    Run runFork(String benchmark, OptionalInt cpu);
}
