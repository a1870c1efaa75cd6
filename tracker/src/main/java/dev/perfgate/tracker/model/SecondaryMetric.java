package dev.perfgate.tracker.model;

/**
 * A secondary metric as JMH reported it, e.g. {@code gc.alloc.rate.norm} from {@code -prof gc},
 * or a {@code @Group} member's score. Values may be {@code NaN}. Immutable.
 */
public record SecondaryMetric(String name, double score, double scoreError, String unit) {}
