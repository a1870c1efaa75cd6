package dev.perfgate.tracker.jmh;

/**
 * A JMH result that cannot be read: its message names the source (a file, or the in-process
 * runner), the benchmark (and its mode, once known) where the problem lies when there is one, and
 * the problem, e.g. {@code result.json: benchmark 'a.B.m' [mode avgt]: "primaryMetric.rawData[1][3]"
 * is NaN …}. Nothing read from a source that threw this is ever stored. Immutable, so safe to share.
 */
public final class InvalidResultException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** Names longer than this are cut in messages: the problem must stay readable. */
    private static final int SHOWN_NAME = 120;

    private final String source;
    private final String benchmark;
    private final String problem;

    public InvalidResultException(String source, String benchmark, String problem) {
        this(source, benchmark, null, problem, null);
    }

    public InvalidResultException(String source, String benchmark, String problem, Throwable cause) {
        this(source, benchmark, null, problem, cause);
    }

    public InvalidResultException(String source, String benchmark, String mode, String problem, Throwable cause) {
        super(source + where(benchmark, mode) + ": " + problem, cause);
        this.source = source;
        this.benchmark = benchmark;
        this.problem = problem;
    }

    private static String where(String benchmark, String mode) {
        if (benchmark == null) {
            return "";
        }
        String shown = benchmark.length() > SHOWN_NAME ? benchmark.substring(0, SHOWN_NAME) + "…" : benchmark;
        return ": benchmark '" + shown + "'" + (mode == null ? "" : " [mode " + mode + "]");
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
