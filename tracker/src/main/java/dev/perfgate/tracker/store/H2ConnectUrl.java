package dev.perfgate.tracker.store;

import java.util.Locale;

/**
 * The URL the store actually connects with: the user's URL, plus {@code MAX_COMPACT_TIME=0} for
 * an embedded H2 file database that does not set it. H2 otherwise spends up to 200 ms compacting
 * the file on every close, a sixth of a large ingest's wall-clock time, for an append-mostly
 * history whose free space the next writes reuse anyway (and that H2's background housekeeping
 * still compacts while the database is open). In-memory, server and non-H2 URLs, and any URL that
 * already chooses a compaction time, are used as given. Error messages keep naming the user's URL.
 * Stateless.
 */
final class H2ConnectUrl {

    static final String NO_COMPACTION_ON_CLOSE = ";MAX_COMPACT_TIME=0";

    private H2ConnectUrl() {}

    static String of(String url) {
        boolean embeddedFile = H2FileCheck.directoryOf(url) != null;
        boolean chosen = url.toUpperCase(Locale.ROOT).contains(";MAX_COMPACT_TIME=");
        return embeddedFile && !chosen ? url + NO_COMPACTION_ON_CLOSE : url;
    }
}
