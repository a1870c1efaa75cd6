package dev.perfgate.tracker.history;

import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.StoredResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/**
 * A benchmark history of known truth: {@code length} runs resampled from one real result
 * ({@link ResampledRuns}), the true factor of run {@code i} given by {@code truth}, built into a
 * {@link HistorySeries} exactly as stored runs are. Stateless; thread-safe.
 */
final class SyntheticHistory {

    private SyntheticHistory() {}

    static HistorySeries of(BenchmarkResult real, int length, IntToDoubleFunction truth, Random random) {
        return of(real, length, truth, random, 0);
    }

    /** As {@link #of(BenchmarkResult, int, IntToDoubleFunction, Random)}, each run of {@code forks} forks (0: as measured). */
    static HistorySeries of(BenchmarkResult real, int length, IntToDoubleFunction truth, Random random, int forks) {
        ResampledRuns runs = new ResampledRuns(real, random, forks);
        List<StoredResult> history = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            RunInfo info = new RunInfo(i + 1, Instant.EPOCH.plusSeconds(3600L * i), "c" + i, "main", null, null);
            history.add(new StoredResult(info, runs.next(truth.applyAsDouble(i))));
        }
        return HistorySeries.of(real.key(), history, "main", Statistic.MEAN);
    }

    /** A step: factor 1 before {@code at}, {@code 1 + step} from it on. */
    static IntToDoubleFunction step(int at, double step) {
        return i -> i < at ? 1.0 : 1.0 + step;
    }

    /** A drift: the factor grows linearly from 1 to {@code 1 + total} over the series. */
    static IntToDoubleFunction drift(int length, double total) {
        return i -> 1.0 + total * i / (length - 1);
    }

    /** One outlying run at {@code at}, {@code 1 + size} times the rest. */
    static IntToDoubleFunction outlier(int at, double size) {
        return i -> i == at ? 1.0 + size : 1.0;
    }
}
