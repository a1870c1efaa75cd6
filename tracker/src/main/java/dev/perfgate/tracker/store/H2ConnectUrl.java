package dev.perfgate.tracker.store;

import java.util.Locale;

/**
 * The URL the store actually connects with: the user's URL, plus two settings for an embedded H2
 * file database that does not choose them itself.
 *
 * <ul>
 * <li>{@code MAX_COMPACT_TIME=0}: H2 otherwise spends up to 200 ms compacting the file on every
 * close, a sixth of a large ingest's wall-clock time, for an append-mostly history whose free
 * space the next writes reuse anyway (and that H2's background housekeeping still compacts while
 * the database is open).</li>
 * <li>{@code CACHE_SIZE=65536} (64 MB of page cache, H2's default being 16 MB): one transaction
 * of 20,000 results touches more pages than 16 MB hold, so H2 evicted pages of the table and its
 * indexes while inserting and read them back from the file to commit; a profile of that ingest
 * showed the commit and the inserts at about half their samples with 64 MB. H2 keeps the setting
 * in the database. A cache only holds copies: what is written, and when, does not change.</li>
 * </ul>
 *
 * In-memory, server and non-H2 URLs, and a setting the URL already chooses, are used as given.
 * Error messages keep naming the user's URL. Stateless.
 */
final class H2ConnectUrl {

    static final String NO_COMPACTION_ON_CLOSE = ";MAX_COMPACT_TIME=0";
    static final String PAGE_CACHE = ";CACHE_SIZE=65536";

    private H2ConnectUrl() {}

    static String of(String url) {
        if (H2FileCheck.directoryOf(url) == null) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        String connect = upper.contains(";MAX_COMPACT_TIME=") ? url : url + NO_COMPACTION_ON_CLOSE;
        return upper.contains(";CACHE_SIZE=") ? connect : connect + PAGE_CACHE;
    }
}
