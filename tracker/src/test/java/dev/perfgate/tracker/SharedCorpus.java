package dev.perfgate.tracker;

import java.nio.file.Path;

/**
 * The shared corpus of real JMH result files, beside the repository (from the module directory,
 * {@code ../../shared/jmh-corpus}; CI clones the repository with {@code shared/} beside it), and the
 * files several tests single out. Constants only; thread-safe.
 */
public final class SharedCorpus {

    public static final Path DIR = Path.of("..", "..", "shared", "jmh-corpus");

    /** SampleTime only, s/op, params holding a URI and an SQL string: the hard case for names and escaping. */
    public static final Path PG_CLIENT = DIR.resolve("vietj__pg-client-concurrency-benchmark__jmh-result.json");

    /** Several modes in one file. */
    public static final Path HOLLOW = DIR.resolve("Netflix__hollow__jmh-result.json");

    private SharedCorpus() {}
}
