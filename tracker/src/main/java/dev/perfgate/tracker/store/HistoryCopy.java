package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a history from one store into another (H2 to PostgreSQL, back, or any pair), so a team
 * can move its history onto a shared server: its runs, and the A/B pairs that link two of them.
 * Idempotent: a run whose {@link RunFingerprint} the target already holds is not copied again,
 * nor a pair whose two runs' fingerprints (and mode) a target pair already has, so a second copy,
 * or one after a copy that was cut off, adds only what is missing. That includes the pair of two
 * runs the target got earlier without it (a copy from before pairs were copied, or one cut off
 * between its runs and its pairs). Runs go over in the source's id order, a batch of runs per
 * transaction, with their histograms' stored bytes unchanged; then the missing pairs, in one
 * transaction, each linked to the target's ids of its two runs. Then it verifies: the target
 * must hold every source run (as many of each fingerprint as the source), histogram bytes
 * included, and every source pair linking runs of the same fingerprints, else a
 * {@link StoreException} says what is missing. Ids are the target's own. Not thread-safe (one
 * copy at a time; the stores themselves are).
 */
public final class HistoryCopy {

    private static final int RUNS_PER_TRANSACTION = 20;

    /**
     * What one copy did.
     *
     * @param sourceRuns        runs in the source
     * @param copied            runs written to the target now
     * @param alreadyThere      source runs the target held before
     * @param targetRuns        runs in the target afterwards
     * @param histograms        histograms of the source runs, each found byte for byte in the target
     * @param histogramBytes    their stored size in bytes
     * @param newIds            for each copied run, its source id and its id in the target
     * @param sourcePairs       A/B pairs in the source
     * @param pairsCopied       A/B pairs linked in the target now
     * @param pairsAlreadyThere source pairs the target held before
     * @param targetPairs       A/B pairs in the target afterwards
     */
    public record Outcome(int sourceRuns, int copied, int alreadyThere, int targetRuns, long histograms,
            long histogramBytes, List<long[]> newIds, int sourcePairs, int pairsCopied, int pairsAlreadyThere,
            int targetPairs) {

        /** Whether the target already held every source run and pair, so this copy wrote nothing. */
        public boolean copiedNothing() {
            return copied == 0 && pairsCopied == 0;
        }
    }

    /** A pair as two databases can agree on it: by what its runs are, not by their ids. */
    private record PairKey(RunFingerprint base, RunFingerprint head, String mode) {}

    private final HistoryStore from;
    private final HistoryStore to;

    public HistoryCopy(HistoryStore from, HistoryStore to) {
        this.from = from;
        this.to = to;
    }

    public Outcome copy() {
        Map<RunFingerprint, Deque<Long>> unmatched = idsByFingerprint(fingerprints(to));
        List<RunInfo> sources = new ArrayList<>(from.runs());
        sources.sort(Comparator.comparingLong(RunInfo::id));
        Map<Long, RunFingerprint> sourceFingerprints = new HashMap<>();
        Map<Long, Long> targetIds = new HashMap<>(); // source run id -> its id in the target
        List<Run> batch = new ArrayList<>();
        List<long[]> newIds = new ArrayList<>();
        int alreadyThere = 0;
        long histograms = 0;
        long bytes = 0;
        for (RunInfo info : sources) {
            Run run = from.load(info.id());
            RunFingerprint fingerprint = RunFingerprint.of(run);
            sourceFingerprints.put(info.id(), fingerprint);
            for (var result : run.results()) {
                for (Iteration it : result.iterations()) {
                    if (it.hasLatencies()) {
                        histograms++;
                        bytes += it.samples().compressed().length;
                    }
                }
            }
            // Equal fingerprints are equal runs, so which of several the source run maps to does not matter.
            Deque<Long> there = unmatched.get(fingerprint);
            if (there != null && !there.isEmpty()) {
                targetIds.put(info.id(), there.removeFirst());
                alreadyThere++;
                continue;
            }
            batch.add(run);
            if (batch.size() == RUNS_PER_TRANSACTION) {
                save(batch, newIds, targetIds);
            }
        }
        save(batch, newIds, targetIds);
        Map<Long, RunFingerprint> after = fingerprints(to);
        int missing = missing(sourceFingerprints.values(), after.values());
        if (missing > 0) {
            throw new StoreException("copy from " + from.url() + " to " + to.url() + " failed verification: " + missing
                    + " of " + sources.size() + " source runs are not in the target with the same results and histogram bytes");
        }

        List<AbPair> sourcePairs = new ArrayList<>(from.abPairs());
        sourcePairs.sort(Comparator.comparingLong(AbPair::id));
        Map<PairKey, Integer> pairsInTarget = counts(to.abPairs().stream().map(p -> keyOf(p, after)).toList());
        List<AbPair> links = new ArrayList<>();
        for (AbPair pair : sourcePairs) {
            PairKey key = keyOf(pair, sourceFingerprints);
            if (pairsInTarget.getOrDefault(key, 0) > 0) {
                pairsInTarget.merge(key, -1, Integer::sum);
                continue;
            }
            links.add(new AbPair(0, targetIds.get(pair.baseRunId()), targetIds.get(pair.headRunId()), pair.mode()));
        }
        to.linkAbPairs(links);
        List<AbPair> targetPairs = to.abPairs();
        int pairsMissing = missing(sourcePairs.stream().map(p -> keyOf(p, sourceFingerprints)).toList(),
                targetPairs.stream().map(p -> keyOf(p, after)).toList());
        if (pairsMissing > 0) {
            throw new StoreException("copy from " + from.url() + " to " + to.url() + " failed verification: "
                    + pairsMissing + " of " + sourcePairs.size() + " source A/B pairs are not in the target linking the same two runs");
        }
        return new Outcome(sources.size(), newIds.size(), alreadyThere, after.size(), histograms, bytes, newIds,
                sourcePairs.size(), links.size(), sourcePairs.size() - links.size(), targetPairs.size());
    }

    private void save(List<Run> batch, List<long[]> newIds, Map<Long, Long> targetIds) {
        if (batch.isEmpty()) {
            return;
        }
        List<Long> ids = to.saveAll(batch);
        for (int i = 0; i < ids.size(); i++) {
            long sourceId = batch.get(i).info().id();
            newIds.add(new long[] {sourceId, ids.get(i)});
            targetIds.put(sourceId, ids.get(i));
        }
        batch.clear();
    }

    private static PairKey keyOf(AbPair pair, Map<Long, RunFingerprint> fingerprints) {
        return new PairKey(fingerprints.get(pair.baseRunId()), fingerprints.get(pair.headRunId()), pair.mode());
    }

    /** Every run's fingerprint by its id, in id order. */
    private static Map<Long, RunFingerprint> fingerprints(HistoryStore store) {
        Map<Long, RunFingerprint> byId = new LinkedHashMap<>();
        store.runs().stream().map(RunInfo::id).sorted()
                .forEach(id -> byId.put(id, RunFingerprint.of(store.load(id))));
        return byId;
    }

    private static Map<RunFingerprint, Deque<Long>> idsByFingerprint(Map<Long, RunFingerprint> fingerprints) {
        Map<RunFingerprint, Deque<Long>> ids = new HashMap<>();
        fingerprints.forEach((id, f) -> ids.computeIfAbsent(f, k -> new ArrayDeque<>()).addLast(id));
        return ids;
    }

    /** How many of {@code expected} (counted with repeats) {@code found} lacks. */
    private static <K> int missing(Iterable<K> expected, Iterable<K> found) {
        Map<K, Integer> left = counts(expected);
        found.forEach(k -> left.computeIfPresent(k, (key, n) -> n > 1 ? n - 1 : null));
        return left.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static <K> Map<K, Integer> counts(Iterable<K> keys) {
        Map<K, Integer> counts = new HashMap<>();
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        return counts;
    }
}
