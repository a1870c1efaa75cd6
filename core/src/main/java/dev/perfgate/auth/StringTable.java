package dev.perfgate.auth;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A fixed set of ASCII strings that {@link StrictJson} returns as shared instances instead of
 * allocating a new {@link String}: the names and values nearly every header and claim set
 * repeats, and a validator's configured issuers and audiences. Open addressing over a power-of-two
 * table, so a lookup hashes the bytes once and compares about one candidate.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class StringTable {

    private final String[] strings;
    private final byte[][] bytes;
    private final int mask;
    private final int maxLength;
    /** Bit n set when a member has length n (n < 64): most misses need no hashing. */
    private final long lengths;

    /** The ASCII members of {@code candidates}; other strings are left out (they never match ASCII input). */
    StringTable(Collection<String> candidates) {
        Set<String> members = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (StandardCharsets.US_ASCII.newEncoder().canEncode(candidate)) {
                members.add(candidate);
            }
        }
        // At most a quarter full: probes stay short.
        int size = Integer.highestOneBit(Math.max(4, members.size() * 4) - 1) << 1;
        strings = new String[size];
        bytes = new byte[size][];
        mask = size - 1;
        int longest = -1;
        long lengthBits = 0;
        for (String candidate : members) {
            byte[] ascii = candidate.getBytes(StandardCharsets.US_ASCII);
            int slot = slot(ascii, 0, ascii.length);
            while (strings[slot] != null) {
                slot = (slot + 1) & mask;
            }
            strings[slot] = candidate;
            bytes[slot] = ascii;
            longest = Math.max(longest, ascii.length);
            lengthBits |= ascii.length < 64 ? 1L << ascii.length : 0;
        }
        maxLength = longest;
        lengths = lengthBits;
    }

    /** The member equal to the ASCII bytes {@code in[from, to)}, or null. */
    String find(byte[] in, int from, int to) {
        int length = to - from;
        if (length > maxLength || (length < 64 && (lengths >>> length & 1) == 0)) {
            return null;
        }
        for (int slot = slot(in, from, to); strings[slot] != null; slot = (slot + 1) & mask) {
            byte[] candidate = bytes[slot];
            if (candidate.length == length && sameBytes(candidate, in, from)) {
                return strings[slot];
            }
        }
        return null;
    }

    private static boolean sameBytes(byte[] candidate, byte[] in, int from) {
        for (int i = 0; i < candidate.length; i++) {
            if (candidate[i] != in[from + i]) {
                return false;
            }
        }
        return true;
    }

    private int slot(byte[] in, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + in[i];
        }
        return (hash ^ hash >>> 7) & mask;
    }
}
