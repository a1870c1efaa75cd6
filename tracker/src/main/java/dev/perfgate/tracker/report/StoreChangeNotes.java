package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.history.ChangePointDetector;
import dev.perfgate.tracker.history.ChangePointSettings;
import dev.perfgate.tracker.history.HistorySeries;
import dev.perfgate.tracker.history.RecentChange;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.store.HistoryStore;
import java.util.Objects;
import java.util.Optional;

/**
 * Notes from the history database: a key's runs on one branch ({@code main}), its change points
 * with the default settings, and whether one lies among the newest runs. Thread-safe:
 * {@link HistoryStore} serialises its queries.
 */
public final class StoreChangeNotes implements ChangeNotes {

    private final HistoryStore store;
    private final String branch;
    private final ChangePointDetector detector = new ChangePointDetector(ChangePointSettings.DEFAULTS);

    public StoreChangeNotes(HistoryStore store, String branch) {
        this.store = Objects.requireNonNull(store, "store");
        this.branch = Objects.requireNonNull(branch, "branch");
    }

    @Override
    public Optional<String> note(BenchmarkKey key) {
        HistorySeries series = HistorySeries.of(key, store.history(key), branch, Statistic.MEAN);
        if (series.points().isEmpty()) {
            return Optional.of(branch + " has no history of it");
        }
        return Optional.of(RecentChange.of(series, branch, detector, RecentChange.NEAR_RUNS)
                .sentence(key.mode().higherIsBetter()));
    }
}
