package dev.perfgate.auth;

import java.nio.charset.StandardCharsets;
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
 * <p>Worst case O(n log n) comparisons whatever the names. The hash is a plain polynomial one,
 * and names that collide on purpose ("Aa" and "BB" have one {@link String#hashCode()}, so do all
 * their concatenations) would make every probe walk one chain: quadratic. So a probe walk is cut
 * at {@link #MAX_PROBES} steps; the first add that reaches it ends the table's part in the pass
 * and every later name is only recorded, and at the end of the pass {@link #deferredDuplicate}
 * sorts all the names by (object, characters) and compares neighbours. Random probe walks that
 * long almost never happen (the table is at most half full), so ordinary inputs never pay it;
 * a seeded hash instead would only make collisions harder to aim, not impossible.
 */
final class MemberNames {

    /** The most names a per-thread instance is grown to hold: an 8 KiB payload's worth. */
    static final int KEPT_NAMES = 2048;
    /** The longest probe walk an add may take before the pass falls back to sorting. */
    static final int MAX_PROBES = 32;
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
    /** Set once an add reached {@link #MAX_PROBES}: the rest of the pass only records names. */
    private boolean deferred;
    /** Probe steps and sort comparisons of this pass: the work a test bounds. */
    private long operations;

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
        deferred = false;
        operations = 0;
        this.in = in;
        if (++pass == Integer.MAX_VALUE) {
            // Slots stamped by a pass this many passes ago would look live again: forget them all.
            Arrays.fill(slotPass, 0);
            pass = 1;
        }
        return this;
    }

    /** The probe steps and name comparisons of the current pass: for tests of the worst case. */
    long operations() {
        return operations;
    }

    /**
     * After the pass's last {@link #add}: a name that some object holds twice but {@link #add}
     * could not tell (because the pass fell back to sorting), else null. O(n log n) comparisons.
     */
    String deferredDuplicate() {
        if (!deferred) {
            return null;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        // A merge sort (TimSort): O(n log n) comparisons however the names are ordered.
        Arrays.sort(order, this::compare);
        for (int i = 1; i < count; i++) {
            if (objects[order[i - 1]] == objects[order[i]] && compare(order[i - 1], order[i]) == 0) {
                int entry = order[i];
                return decoded[entry] != null ? decoded[entry]
                        : new String(in, from[entry], to[entry] - from[entry], StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    /** Orders entries by object, then by the characters of their names (a plain name's bytes are its characters). */
    private int compare(int a, int b) {
        operations++;
        if (objects[a] != objects[b]) {
            return Integer.compare(objects[a], objects[b]);
        }
        int lengthA = length(a);
        int lengthB = length(b);
        for (int i = 0, n = Math.min(lengthA, lengthB); i < n; i++) {
            int difference = charAt(a, i) - charAt(b, i);
            if (difference != 0) {
                return difference;
            }
        }
        return Integer.compare(lengthA, lengthB);
    }

    private int length(int entry) {
        return decoded[entry] != null ? decoded[entry].length() : to[entry] - from[entry];
    }

    private char charAt(int entry, int index) {
        return decoded[entry] != null ? decoded[entry].charAt(index) : (char) in[from[entry] + index];
    }

    /** Lets a test start just before the pass number wraps. */
    void skipToPass(int number) {
        pass = number;
    }

    /**
     * Adds the name of a member of {@code object}: the pass's {@code in[nameFrom, nameTo)} when
     * {@code decodedName} is null, else {@code decodedName}; false when that object already has
     * a member of this name. Once the pass has fallen back to sorting, true: the duplicate is
     * then reported by {@link #deferredDuplicate}.
     */
    boolean add(int object, int nameFrom, int nameTo, String decodedName) {
        if (deferred) {
            return defer(object, nameFrom, nameTo, decodedName);
        }
        int hash = decodedName == null ? hash(in, nameFrom, nameTo) : hash(decodedName);
        int slot = mix(hash, object) & mask;
        for (int probes = 0; slotPass[slot] == pass; probes++) {
            if (probes == MAX_PROBES) {
                // Only names aimed at one chain walk this far: stop walking, sort at the end.
                deferred = true;
                return defer(object, nameFrom, nameTo, decodedName);
            }
            operations++;
            int entry = slots[slot];
            if (hashes[entry] == hash && objects[entry] == object && sameName(entry, nameFrom, nameTo, decodedName)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        int entry = count++;
        slotPass[slot] = pass;
        slots[slot] = entry;
        record(entry, object, nameFrom, nameTo, decodedName, hash);
        return true;
    }

    /** Records a name of a pass that fell back to sorting; {@link #deferredDuplicate} judges it. */
    private boolean defer(int object, int nameFrom, int nameTo, String decodedName) {
        record(count++, object, nameFrom, nameTo, decodedName, 0);
        return true;
    }

    private void record(int entry, int object, int nameFrom, int nameTo, String decodedName, int hash) {
        from[entry] = nameFrom;
        to[entry] = nameTo;
        hashes[entry] = hash;
        objects[entry] = object;
        decoded[entry] = decodedName;
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
