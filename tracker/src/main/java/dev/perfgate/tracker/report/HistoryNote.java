package dev.perfgate.tracker.report;

import dev.perfgate.tracker.model.BenchmarkKey;
import java.util.Objects;

/**
 * What main's history says about one benchmark the report calls a regression. Immutable.
 *
 * @param key   the regressed benchmark
 * @param text  one sentence (see {@link ChangeNotes})
 */
public record HistoryNote(BenchmarkKey key, String text) {

    public HistoryNote {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
