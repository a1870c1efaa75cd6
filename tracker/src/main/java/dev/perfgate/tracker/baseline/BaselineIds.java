package dev.perfgate.tracker.baseline;

import dev.perfgate.tracker.model.BenchmarkKey;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each benchmark key of a baseline a readable, unique id that is legal inside an HdrHistogram
 * log tag (no whitespace, no comma): {@code Class.method:mode[:p=v;q=w][:tN]}. Ids are assigned in
 * key order, so the same run always gets the same ids. Stateless and thread-safe.
 */
final class BaselineIds {

    private BaselineIds() {}

    static Map<BenchmarkKey, String> assign(List<BenchmarkKey> sortedKeys) {
        Map<BenchmarkKey, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (BenchmarkKey key : sortedKeys) {
            String base = readable(key);
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "~" + n;
            }
            ids.put(key, id);
        }
        return ids;
    }

    private static String readable(BenchmarkKey key) {
        StringBuilder id = new StringBuilder(key.shortName()).append(':').append(key.mode().jmhName());
        if (!key.params().isEmpty()) {
            id.append(':');
            key.params().forEach((name, value) -> id.append(name).append('=').append(value).append(';'));
            id.setLength(id.length() - 1);
        }
        if (key.threads() > 1) {
            id.append(":t").append(key.threads());
        }
        return id.toString().replaceAll("[^A-Za-z0-9._:=;+\\-]", "_");
    }
}
