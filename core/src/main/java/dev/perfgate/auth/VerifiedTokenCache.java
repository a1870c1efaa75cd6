package dev.perfgate.auth;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers tokens this validator fully verified, so a token presented again (every backend call
 * of one session) skips the signature and the JSON.
 *
 * <p>What the key is, and why it is safe: the entry is found by the complete token text and a hit
 * requires that text to be equal character for character. The validator only admits a token after
 * strict base64url decoding proved the text is the unique canonical encoding of the header,
 * payload and signature bytes it verified, so text equality is equality of everything that was
 * verified, with no truncation, no prefix match and no collision to engineer. A cryptographic
 * digest of the same bytes would add no safety and cost about half an HS256 verification
 * (one SHA-256 pass over the token), which is the whole budget of a hit.
 *
 * <p>Bounds: at most {@code maxEntries} entries once inserts quiesce (each inserter trims after
 * itself); an entry never outlives its token's {@code exp} (tokens without {@code exp} are not
 * cached); eviction when full prefers an expired entry among the first few it meets, then drops
 * arbitrary ones other than the newcomer (a wrongly evicted token only costs one verification). A hit returns
 * the claims, and the validator re-checks {@code exp}/{@code nbf} against its clock.
 *
 * <p>Thread-safe and lock-free for readers ({@link ConcurrentHashMap}).
 */
final class VerifiedTokenCache {

    private record Entry(Claims claims, long expiresAt) {
    }

    /** How many live entries a trim passes over looking for an expired one to drop instead. */
    private static final int EXPIRED_SCAN = 8;

    private final int maxEntries;
    private final ConcurrentHashMap<String, Entry> entries;

    VerifiedTokenCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("cache size must be at least 1, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.entries = new ConcurrentHashMap<>(Math.min(maxEntries, 1 << 16));
    }

    /** The verified claims of exactly this token text, or null; drops the entry past its exp. */
    Claims get(String token, long nowSeconds) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (nowSeconds >= entry.expiresAt) {
            entries.remove(token, entry);
            return null;
        }
        return entry.claims;
    }

    /** Admits a token the validator has just fully verified and accepted. */
    void put(String token, Claims claims, long nowSeconds) {
        long expiresAt = claims.expiresAtSeconds();
        if (expiresAt == Claims.ABSENT || nowSeconds >= expiresAt) {
            return;
        }
        entries.put(token, new Entry(claims, expiresAt));
        if (entries.size() > maxEntries) {
            trim(token, nowSeconds);
        }
    }

    /** O(1) amortised: prefers expired entries among the first few, then drops whatever comes. */
    private void trim(String justAdded, long nowSeconds) {
        Iterator<Map.Entry<String, Entry>> iterator = entries.entrySet().iterator();
        int scanned = 0;
        while (entries.size() > maxEntries && iterator.hasNext()) {
            Map.Entry<String, Entry> candidate = iterator.next();
            if (candidate.getKey().equals(justAdded)) {
                continue;
            }
            if (nowSeconds >= candidate.getValue().expiresAt || ++scanned > EXPIRED_SCAN) {
                iterator.remove();
            }
        }
    }

    int size() {
        return entries.size();
    }
}
