package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.core.JsonParser;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys one JSON object has shown so far, so that a key twice throws
 * {@link DuplicateKeyException} (see {@link JsonTree}) for an object that is streamed rather than
 * built. A JMH entry has about twenty keys: a short array searched in order costs less than the
 * hash set it turns into past {@value #SCAN} keys. Not thread-safe (one per object read).
 */
final class KeyNames {

    private static final int SCAN = 32;

    private String[] names = new String[8];
    private int size;
    private Set<String> many;

    /** Records {@code name}, just read by {@code parser}; throws if the object had it already. */
    void add(String name, JsonParser parser) {
        if (!record(name)) {
            throw new DuplicateKeyException(name, parser.currentLocation().getLineNr(), null);
        }
    }

    private boolean record(String name) {
        if (many != null) {
            return many.add(name);
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return false;
            }
        }
        if (size == SCAN) {
            many = new HashSet<>(Arrays.asList(names));
            return many.add(name);
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size++] = name;
        return true;
    }
}
