package dev.perfgate.tracker.jmh;

/**
 * A JMH result that cannot be read: its message names the source (a file, or the in-process
 * runner), the benchmark where the problem lies when there is one, and the problem. Nothing read
 * from a source that threw this is ever stored. Immutable, so safe to share.
 */
public final class InvalidResultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String benchmark;
    private final String problem;

    public InvalidResultException(String source, String benchmark, String problem) {
        this(source, benchmark, problem, null);
    }

    public InvalidResultException(String source, String benchmark, String problem, Throwable cause) {
        super(source + (benchmark == null ? "" : ": benchmark " + benchmark) + ": " + problem, cause);
        this.source = source;
        this.benchmark = benchmark;
        this.problem = problem;
    }

    /** The file (or "JMH runner results") that was being read. */
    public String source() {
        return source;
    }

    /** The benchmark the problem is in, or {@code null} when it concerns the whole source. */
    public String benchmark() {
        return benchmark;
    }

    /** What is wrong, without the source and benchmark. */
    public String problem() {
        return problem;
    }
}
