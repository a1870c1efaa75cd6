package dev.perfgate.tracker;

import java.nio.file.Path;

/**
 * The corpus of real JMH result files from public projects that the tracker's tests read, kept in
 * this module's test resources ({@code src/test/resources/jmh-corpus}; {@code MANIFEST.tsv} there
 * names each file's source repository, path and commit, and what makes it a hard case), and the
 * files several tests single out. Paths are relative to the module directory, where Maven runs the
 * tests. Constants only; thread-safe.
 */
public final class JmhCorpus {

    public static final Path DIR = Path.of("src", "test", "resources", "jmh-corpus");

    /** SampleTime only, s/op, params holding a URI and an SQL string: the hard case for names and escaping. */
    public static final Path PG_CLIENT = DIR.resolve("vietj__pg-client-concurrency-benchmark__jmh-result.json");

    /** Several modes in one file. */
    public static final Path HOLLOW = DIR.resolve("Netflix__hollow__jmh-result.json");

    private JmhCorpus() {}
}
