package dev.perfgate.auth;

import java.util.Arrays;

/**
 * The member names one {@link JsonScanner} pass has seen, so a duplicate name is refused in any
 * object without a {@link String} per name: a plain name (ASCII, no escapes) is its span of the
 * input, any other name its decoded String, and two names are equal when their decoded
 * characters are. One open-addressing table keyed by (object, name) serves every object of the
 * pass.
 *
 * <p>Each thread reuses one instance (sized for inputs up to {@link #KEPT_NAMES} names); a pass
 * number marks the table's live slots, so a new pass clears nothing. Not thread-safe: an instance
 * never leaves its thread, and a pass never nests inside another.
 *
 * <p>The hash is a plain polynomial one: names that collide on purpose only slow a pass down
 * (to quadratic time in the member count, bounded by the token's maximum length), and the claim
 * set is scanned only after its signature verified, so only a trusted issuer could send them.
 */
final class MemberNames {

    /** The most names a per-thread instance is grown to hold: an 8 KiB payload's worth. */
    static final int KEPT_NAMES = 2048;
    private static final ThreadLocal<MemberNames> PER_THREAD = ThreadLocal.withInitial(() -> new MemberNames(64));

    private final int[] slots;
    private final int[] slotPass;
    private final int mask;
    private final int[] from;
    private final int[] to;
    private final int[] hashes;
    private final int[] objects;
    private final String[] decoded;
    private byte[] in;
    private int count;
    private int pass;

    MemberNames(int capacity) {
        int tableSize = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
        slots = new int[tableSize];
        slotPass = new int[tableSize];
        mask = tableSize - 1;
        from = new int[capacity];
        to = new int[capacity];
        hashes = new int[capacity];
        objects = new int[capacity];
        decoded = new String[capacity];
    }

    /** This thread's instance, cleared for a pass over the JSON {@code in[0, length)}. */
    static MemberNames forInput(byte[] in, int length) {
        // Every member takes at least 4 bytes ("":0), so this bounds the names of the input.
        int maxNames = length / 4 + 1;
        MemberNames names = PER_THREAD.get();
        if (names.from.length < maxNames) {
            if (maxNames > KEPT_NAMES) {
                return new MemberNames(maxNames).startPass(in);
            }
            names = new MemberNames(Math.min(KEPT_NAMES, Math.max(maxNames, names.from.length * 2)));
            PER_THREAD.set(names);
        }
        return names.startPass(in);
    }

    /** Forgets every name and reads the names of the next pass from {@code in}. */
    MemberNames startPass(byte[] in) {
        count = 0;
        this.in = in;
        if (++pass == Integer.MAX_VALUE) {
            // Slots stamped by a pass this many passes ago would look live again: forget them all.
            Arrays.fill(slotPass, 0);
            pass = 1;
        }
        return this;
    }

    /** Lets a test start just before the pass number wraps. */
    void skipToPass(int number) {
        pass = number;
    }

    /**
     * Adds the name of a member of {@code object}: the pass's {@code in[nameFrom, nameTo)} when
     * {@code decodedName} is null, else {@code decodedName}; false when that object already has
     * a member of this name.
     */
    boolean add(int object, int nameFrom, int nameTo, String decodedName) {
        int hash = decodedName == null ? hash(in, nameFrom, nameTo) : hash(decodedName);
        int slot = mix(hash, object) & mask;
        while (slotPass[slot] == pass) {
            int entry = slots[slot];
            if (hashes[entry] == hash && objects[entry] == object && sameName(entry, nameFrom, nameTo, decodedName)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        int entry = count++;
        slotPass[slot] = pass;
        slots[slot] = entry;
        from[entry] = nameFrom;
        to[entry] = nameTo;
        hashes[entry] = hash;
        objects[entry] = object;
        decoded[entry] = decodedName;
        return true;
    }

    private boolean sameName(int entry, int nameFrom, int nameTo, String decodedName) {
        String other = decoded[entry];
        if (decodedName != null) {
            return other != null ? other.equals(decodedName) : sameChars(decodedName, from[entry], to[entry]);
        }
        return other != null
                ? sameChars(other, nameFrom, nameTo)
                : Arrays.equals(in, from[entry], to[entry], in, nameFrom, nameTo);
    }

    /** Whether the ASCII bytes {@code in[start, end)} spell {@code name}. */
    private boolean sameChars(String name, int start, int end) {
        if (name.length() != end - start) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != in[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#hashCode()} of the ASCII bytes: equal to {@link #hash(String)} of the same characters. */
    private static int hash(byte[] in, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + in[i];
        }
        return hash;
    }

    private static int hash(String name) {
        return name.hashCode();
    }

    private static int mix(int hash, int object) {
        int h = hash ^ object * 0x9E3779B9;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ h >>> 13;
    }
}
