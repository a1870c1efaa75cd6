package dev.perfgate.tracker.store;

/**
 * The two runs of one A/B, as stored: the base build's side and the head build's, measured
 * beside each other. Immutable.
 *
 * @param id         the pair's id
 * @param baseRunId  the run holding the base build's results
 * @param headRunId  the run holding the head build's results
 * @param mode       how the forks were paired: {@code interleaved} or {@code duet}
 */
public record AbPair(long id, long baseRunId, long headRunId, String mode) {}
