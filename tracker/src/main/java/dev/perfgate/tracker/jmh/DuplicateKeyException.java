package dev.perfgate.tracker.jmh;

/**
 * A JSON object with the same key twice. JSON parsers keep the last one silently, so
 * {@code "mode":"avgt","mode":"thrpt"} would store an avgt benchmark as thrpt; JMH never writes a
 * key twice, and which value was meant cannot be told, so the reader refuses the file. Carries
 * the key, the line and, once known, the benchmark. Immutable.
 */
final class DuplicateKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final int line;
    private final String benchmark;

    DuplicateKeyException(String key, int line, String benchmark) {
        super("duplicate key \"" + key + "\" at line " + line);
        this.key = key;
        this.line = line;
        this.benchmark = benchmark;
    }

    /** The same duplicate, found inside the entry of {@code name} (when the entry had named itself). */
    DuplicateKeyException in(String name) {
        return benchmark != null || name == null ? this : new DuplicateKeyException(key, line, name);
    }

    String benchmark() {
        return benchmark;
    }

    /** The problem as a reader reports it. */
    String problem() {
        return "duplicate key \"" + key + "\" at line " + line
                + ": JMH writes every key once, and which of the two values was meant cannot be told";
    }
}
