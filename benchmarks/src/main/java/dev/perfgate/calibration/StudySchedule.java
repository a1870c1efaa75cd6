package dev.perfgate.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which the study measures: every comparison needs two disjoint batches (a batch is one
 * JMH run of one variant with the CI's fork count), and the batches of all cells are dealt into
 * rounds and shuffled within each round, so slow drift of the machine spreads over every cell
 * instead of masquerading as an effect. The two batches of one comparison sit in the same round,
 * close in time, as a baseline and a pull request's run would not be, which is the favourable case;
 * the A/A cell measures exactly how often drift alone between two nearby runs trips the gate.
 * Immutable.
 */
public final class StudySchedule {

    /** One comparison: which cell, and the positions of its baseline and current batch in {@link #batches()}. */
    public record Pair(StudyCell cell, int baselineBatch, int currentBatch) {}

    private final List<Integer> batches;
    private final List<Pair> pairs;

    private StudySchedule(List<Integer> batches, List<Pair> pairs) {
        this.batches = List.copyOf(batches);
        this.pairs = List.copyOf(pairs);
    }

    /**
     * Deals the cells' comparisons into {@code rounds} rounds (at least one), shuffled by
     * {@code seed}. Each comparison gets its own two batches: no data is reused across comparisons.
     */
    public static StudySchedule plan(List<StudyCell> cells, int rounds, long seed) {
        List<List<StudyCell>> perRound = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            perRound.add(new ArrayList<>());
        }
        int next = 0;
        for (StudyCell cell : cells) {
            for (int i = 0; i < cell.comparisons(); i++) {
                perRound.get(next++ % rounds).add(cell);
            }
        }
        Random random = new Random(seed);
        List<Integer> batches = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (List<StudyCell> round : perRound) {
            Collections.shuffle(round, random);
            for (StudyCell cell : round) {
                // Which of the two goes first is random too: time order must not be a hidden effect.
                boolean baselineFirst = random.nextBoolean();
                int first = batches.size();
                batches.add(baselineFirst ? 0 : cell.slowdownPercent());
                batches.add(baselineFirst ? cell.slowdownPercent() : 0);
                pairs.add(new Pair(cell, baselineFirst ? first : first + 1, baselineFirst ? first + 1 : first));
            }
        }
        return new StudySchedule(batches, pairs);
    }

    /** The slowdown of each batch, in the order they run. */
    public List<Integer> batches() {
        return batches;
    }

    public List<Pair> pairs() {
        return pairs;
    }
}
