package dev.perfgate.tracker.ab;

import dev.perfgate.tracker.model.Run;
import java.util.List;

/**
 * Runs one fork of one benchmark method of one build, in a JVM of its own, and returns what it
 * measured (every param combination of that method, one fork each). {@link JmhJar} is the real
 * one; tests give synthetic builds of known truth. Implementations need not be thread-safe: an
 * A/B runs one fork at a time, so the two builds never compete for the machine.
 */
public interface ForkRunner {

    /** A short name for messages: the jar's file name. */
    String name();

    /** The benchmark methods (JMH's fully qualified names) the build has that the JMH arguments select. */
    List<String> benchmarks();

    /** One fork of {@code benchmark}; throws {@link AbException} when the fork fails. */
    Run runFork(String benchmark);
}
