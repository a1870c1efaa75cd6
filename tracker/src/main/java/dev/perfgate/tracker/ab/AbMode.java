package dev.perfgate.tracker.ab;

/**
 * How the two forks of a pair share the machine.
 *
 * <ul>
 *   <li>{@link #INTERLEAVED}: one after the other, each with the whole machine; the pair spans
 *       twice a fork's time, so a change of load between the two falls on one side only.</li>
 *   <li>{@link #DUET}: at the same time, each pinned to a core of its own (Bulej et al., ICPE 2020),
 *       so whatever the rest of the machine does falls on both forks at once. Which build gets
 *       which core alternates in the same ABBA blocks as the interleaved order. Each fork's JVM
 *       sees one CPU, so benchmarks with more than one thread measure contention on one core.</li>
 * </ul>
 */
public enum AbMode {
    INTERLEAVED,
    DUET
}
