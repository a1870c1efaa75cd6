package dev.perfgate.auth;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Remembers tokens this validator fully verified, so a token presented again (every backend call
 * of one session) skips the signature and the JSON.
 *
 * <p>The key is a digest of what was verified: an entry's slots come from the last 8
 * characters (48 bits) of the token's signature, which is the issuer's keyed digest (MAC or
 * signature) of exactly the header and payload that were verified. Nobody without the issuer's
 * key can choose those bits, so nobody can aim tokens at one slot, and reading them costs a few
 * nanoseconds where hashing the whole text (as {@link String#hashCode()} or SHA-256 would) costs
 * several times the rest of a hit. The digest only finds the entry: a hit also requires the
 * presented token to equal the verified one character for character, and strict base64url makes
 * that text the single encoding of the verified bytes. A forged token carrying a cached signature
 * therefore misses and is verified (and rejected) in full.
 *
 * <p>Bounds: exactly {@code maxEntries} slots, each entry may sit in one of two (chosen by
 * different signature bits), so two hot tokens rarely evict each other. An insert takes an empty,
 * expired or same-token slot, else the slot whose token expires sooner. An entry never outlives
 * its token's {@code exp} (tokens without {@code exp} are not cached), and a hit returns the
 * claims for the validator to re-check {@code exp}/{@code nbf} against its clock.
 *
 * <p>Thread-safe and lock-free: one acquire read per slot examined; entries are immutable, and a
 * racy overwrite only costs the loser one more verification.
 */
final class VerifiedTokenCache {

    private record Entry(String token, Claims claims) {
        long expiresAt() {
            return claims.expiresAtSeconds();
        }
    }

    /** Signature characters read per slot choice: 4 base64url characters carry 24 bits. */
    private static final int CHARS_PER_SLOT = 4;
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private final AtomicReferenceArray<Entry> slots;

    VerifiedTokenCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("cache size must be at least 1, was " + maxEntries);
        }
        this.slots = new AtomicReferenceArray<>(maxEntries);
    }

    /** The verified claims of exactly this token text, or null; drops the entry past its exp. */
    Claims get(String token, long nowSeconds) {
        int length = token.length();
        if (length < 2 * CHARS_PER_SLOT) {
            return null; // shorter than any signature, so never verified
        }
        Claims claims = lookUp(firstSlot(token, length), token, nowSeconds);
        return claims != null ? claims : lookUp(secondSlot(token, length), token, nowSeconds);
    }

    private Claims lookUp(int slot, String token, long nowSeconds) {
        Entry entry = slots.getAcquire(slot);
        if (entry == null || !entry.token.equals(token)) {
            return null;
        }
        if (nowSeconds >= entry.expiresAt()) {
            slots.compareAndSet(slot, entry, null);
            return null;
        }
        return entry.claims;
    }

    /** Admits a token the validator has just fully verified and accepted. */
    void put(String token, Claims claims, long nowSeconds) {
        long expiresAt = claims.expiresAtSeconds();
        int length = token.length();
        if (expiresAt == Claims.ABSENT || nowSeconds >= expiresAt || length < 2 * CHARS_PER_SLOT) {
            return;
        }
        int first = firstSlot(token, length);
        int second = secondSlot(token, length);
        Entry inFirst = slots.getAcquire(first);
        Entry inSecond = slots.getAcquire(second);
        int slot;
        if (isFree(inFirst, token, nowSeconds)) {
            slot = first;
        } else if (isFree(inSecond, token, nowSeconds)) {
            slot = second;
        } else {
            slot = inFirst.expiresAt() <= inSecond.expiresAt() ? first : second;
        }
        slots.setRelease(slot, new Entry(token, claims));
    }

    private static boolean isFree(Entry entry, String token, long nowSeconds) {
        return entry == null || nowSeconds >= entry.expiresAt() || entry.token.equals(token);
    }

    /** Slot chosen by signature characters [length-8, length-4). */
    private int firstSlot(String token, int length) {
        return slotOf(token, length - 2 * CHARS_PER_SLOT);
    }

    /** Slot chosen by the last 4 signature characters. */
    private int secondSlot(String token, int length) {
        return slotOf(token, length - CHARS_PER_SLOT);
    }

    private int slotOf(String token, int from) {
        long bits = (long) token.charAt(from) << 24 | token.charAt(from + 1) << 16
                | token.charAt(from + 2) << 8 | token.charAt(from + 3);
        long mixed = (bits * MIX) >>> 32;
        // Multiply-shift maps 32 mixed bits onto [0, slots) without a division.
        return (int) ((mixed * slots.length()) >>> 32);
    }

    /** Live and expired-but-not-yet-dropped entries; for tests and metrics. */
    int size() {
        int size = 0;
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) != null) {
                size++;
            }
        }
        return size;
    }
}
