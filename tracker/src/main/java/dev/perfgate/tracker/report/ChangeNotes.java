package dev.perfgate.tracker.report;

import dev.perfgate.tracker.model.BenchmarkKey;
import java.util.Optional;

/**
 * What a report says beside a regression about the main branch's own history of that benchmark
 * (see {@link dev.perfgate.tracker.history.RecentChange}). An interface so a report can be drawn
 * without a database. Implementations must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface ChangeNotes {

    /** The sentence for {@code key}, or empty when there is no history to judge by. */
    Optional<String> note(BenchmarkKey key);

    /** No history: regressions get no note. */
    static ChangeNotes none() {
        return key -> Optional.empty();
    }
}
