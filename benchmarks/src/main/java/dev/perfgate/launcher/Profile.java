package dev.perfgate.launcher;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How thoroughly the main job measures. A profile overrides every benchmark's own
 * {@code @Fork}/{@code @Warmup}/{@code @Measurement}, so its time budget holds whatever the
 * classes declare. Forks stay at two or more in every tracked profile: the tracker's statistics
 * treat the fork (a fresh JVM) as the unit of independence, and one fork can show no spread.
 */
public enum Profile {
    /**
     * The whole suite on short iterations: three forks of 3 × 200 ms after each class's measured
     * warmup ({@link WarmupPlan}). Measured 2026-12-02 on a 2-core machine: 76 JMH keys and the
     * golden path in 19 min 57 s (it was about five minutes when every class warmed up for only
     * 200 ms, before the JITs had settled). Three forks, because the accuracy study showed two
     * forks too few for the comparison to detect a 10 % slowdown reliably.
     */
    QUICK(3, 1, TimeValue.milliseconds(200), 3, TimeValue.milliseconds(200), true),
    /**
     * The thorough suite: five forks of 5 × 400 ms after at least 2 × 1 s of warmup, more where a
     * class was measured to need it. Measured 2026-12-03 on a quiet 2-core machine (load average
     * at most 1): 36 min 16 s with the golden path's old 3 s warmup, 38 min 2 s with its 20 s one.
     */
    FULL(5, 2, TimeValue.seconds(1), 5, TimeValue.milliseconds(400), true),
    /** Proves the pipeline runs end to end (CI); its numbers mean nothing. */
    SMOKE(2, 0, TimeValue.milliseconds(10), 1, TimeValue.milliseconds(20), false);

    private final int forks;
    private final int warmupIterations;
    private final TimeValue warmupTime;
    private final int measurementIterations;
    private final TimeValue measurementTime;
    private final boolean allocation;

    /**
     * {@code allocation}: run JMH's GC profiler, so results carry {@code gc.alloc.rate.norm} and
     * compare gates bytes per operation. Measured on 2026-12-02 (docs/warmup.md): no wall-time cost
     * within the machine's noise, and bytes per operation repeat to 0.1 % between runs.
     */
    Profile(int forks, int warmupIterations, TimeValue warmupTime,
            int measurementIterations, TimeValue measurementTime, boolean allocation) {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupTime = warmupTime;
        this.measurementIterations = measurementIterations;
        this.measurementTime = measurementTime;
        this.allocation = allocation;
    }

    ChainedOptionsBuilder applyTo(ChainedOptionsBuilder builder) {
        if (allocation) {
            builder.addProfiler(GCProfiler.class);
        }
        return builder
                .forks(forks)
                .warmupIterations(warmupIterations)
                .warmupTime(warmupTime)
                .measurementIterations(measurementIterations)
                .measurementTime(measurementTime);
    }

    public int forks() {
        return forks;
    }

    public int warmupIterations() {
        return warmupIterations;
    }

    public long warmupMillis() {
        return warmupTime.convertTo(TimeUnit.MILLISECONDS);
    }

    public int measurementIterations() {
        return measurementIterations;
    }

    public long measurementMillis() {
        return measurementTime.convertTo(TimeUnit.MILLISECONDS);
    }

    /** True when the profile's results carry JMH's allocation figures ({@code -prof gc}). */
    public boolean measuresAllocation() {
        return allocation;
    }
}
