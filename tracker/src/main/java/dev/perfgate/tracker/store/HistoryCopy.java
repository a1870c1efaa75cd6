package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a history from one store into another (H2 to PostgreSQL, back, or any pair), so a team
 * can move its history onto a shared server. Idempotent: a run whose {@link RunFingerprint} the
 * target already holds is not copied again, so a second copy, or one after a copy that was cut
 * off, adds only what is missing. Runs go over in the source's id order, a batch of runs per
 * transaction, with their histograms' stored bytes unchanged. Then it verifies: the target must
 * hold every source run (as many of each fingerprint as the source), histogram bytes included,
 * else a {@link StoreException} says what is missing. Ids are the target's own. Not thread-safe
 * (one copy at a time; the stores themselves are).
 */
public final class HistoryCopy {

    private static final int RUNS_PER_TRANSACTION = 20;

    /**
     * What one copy did.
     *
     * @param sourceRuns     runs in the source
     * @param copied         runs written to the target now
     * @param alreadyThere   source runs the target held before
     * @param targetRuns     runs in the target afterwards
     * @param histograms     histograms of the source runs, each found byte for byte in the target
     * @param histogramBytes their stored size in bytes
     * @param newIds         for each copied run, its source id and its id in the target
     */
    public record Outcome(int sourceRuns, int copied, int alreadyThere, int targetRuns, long histograms,
            long histogramBytes, List<long[]> newIds) {}

    private final HistoryStore from;
    private final HistoryStore to;

    public HistoryCopy(HistoryStore from, HistoryStore to) {
        this.from = from;
        this.to = to;
    }

    public Outcome copy() {
        Map<RunFingerprint, Integer> inTarget = fingerprints(to);
        List<RunInfo> sources = new ArrayList<>(from.runs());
        sources.sort(Comparator.comparingLong(RunInfo::id));
        Map<RunFingerprint, Integer> inSource = new HashMap<>();
        List<Run> batch = new ArrayList<>();
        List<long[]> newIds = new ArrayList<>();
        int alreadyThere = 0;
        long histograms = 0;
        long bytes = 0;
        for (RunInfo info : sources) {
            Run run = from.load(info.id());
            RunFingerprint fingerprint = RunFingerprint.of(run);
            inSource.merge(fingerprint, 1, Integer::sum);
            for (var result : run.results()) {
                for (Iteration it : result.iterations()) {
                    if (it.hasLatencies()) {
                        histograms++;
                        bytes += it.samples().compressed().length;
                    }
                }
            }
            if (inTarget.getOrDefault(fingerprint, 0) > 0) {
                inTarget.merge(fingerprint, -1, Integer::sum);
                alreadyThere++;
                continue;
            }
            batch.add(run);
            if (batch.size() == RUNS_PER_TRANSACTION) {
                save(batch, newIds);
            }
        }
        save(batch, newIds);
        Map<RunFingerprint, Integer> after = fingerprints(to);
        int missing = 0;
        for (Map.Entry<RunFingerprint, Integer> expected : inSource.entrySet()) {
            missing += Math.max(0, expected.getValue() - after.getOrDefault(expected.getKey(), 0));
        }
        if (missing > 0) {
            throw new StoreException("copy from " + from.url() + " to " + to.url() + " failed verification: " + missing
                    + " of " + sources.size() + " source runs are not in the target with the same results and histogram bytes");
        }
        int targetRuns = after.values().stream().mapToInt(Integer::intValue).sum();
        return new Outcome(sources.size(), newIds.size(), alreadyThere, targetRuns, histograms, bytes, newIds);
    }

    private void save(List<Run> batch, List<long[]> newIds) {
        if (batch.isEmpty()) {
            return;
        }
        List<Long> ids = to.saveAll(batch);
        for (int i = 0; i < ids.size(); i++) {
            newIds.add(new long[] {batch.get(i).info().id(), ids.get(i)});
        }
        batch.clear();
    }

    private static Map<RunFingerprint, Integer> fingerprints(HistoryStore store) {
        Map<RunFingerprint, Integer> counts = new HashMap<>();
        for (RunInfo info : store.runs()) {
            counts.merge(RunFingerprint.of(store.load(info.id())), 1, Integer::sum);
        }
        return counts;
    }
}
