package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.ScoreUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Compares a current run with a baseline, key by key and statistic by statistic: the entry point of
 * the {@code compare} package. Each (key, statistic) gets its own random stream derived from the
 * seed and the key, so results do not depend on which other benchmarks are in the runs.
 * Immutable and thread-safe.
 */
public final class Comparer {

    private static final List<Statistic> SAMPLE_DEFAULT = List.of(Statistic.MEAN, Statistic.P50, Statistic.P99);

    private final CompareSettings settings;

    public Comparer(CompareSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Throws {@link IllegalArgumentException} naming the benchmark when two results of one key have
     * units that cannot be reconciled.
     */
    public Comparison compare(Run baseline, Run current) {
        boolean crossEnvironment = Environment.differ(environment(baseline.info()), environment(current.info()));
        TreeSet<BenchmarkKey> keys = new TreeSet<>();
        baseline.results().forEach(r -> keys.add(r.key()));
        current.results().forEach(r -> keys.add(r.key()));
        List<BenchmarkComparison> out = new ArrayList<>();
        for (BenchmarkKey key : keys) {
            BenchmarkResult base = baseline.result(key).orElse(null);
            BenchmarkResult now = current.result(key).orElse(null);
            for (Statistic statistic : statisticsFor(key, base, now)) {
                out.add(compareOne(key, statistic, base, now, crossEnvironment));
            }
            if (base != null && now != null) {
                AllocationGate.compare(key, base, now, crossEnvironment).ifPresent(out::add);
            }
        }
        DriftGuard.Guarded guarded = DriftGuard.apply(out, settings.thresholds(), settings.confidence());
        return new Comparison(baseline.info(), current.info(), crossEnvironment, settings, guarded.benchmarks(),
                guarded.drift());
    }

    private List<Statistic> statisticsFor(BenchmarkKey key, BenchmarkResult base, BenchmarkResult now) {
        if (base == null || now == null) {
            return List.of(Statistic.MEAN);
        }
        List<Statistic> wanted = !settings.statistics().isEmpty() ? settings.statistics()
                : key.mode() == Mode.SAMPLE_TIME ? SAMPLE_DEFAULT : List.of(Statistic.MEAN);
        // A percentile of a mode without histograms does not exist: its score (the mean) stands in, once.
        List<Statistic> possible = wanted.stream()
                .map(s -> ForkData.supports(base, s) && ForkData.supports(now, s) ? s : Statistic.MEAN)
                .distinct().toList();
        return possible;
    }

    private BenchmarkComparison compareOne(BenchmarkKey key, Statistic statistic, BenchmarkResult base,
            BenchmarkResult now, boolean crossEnvironment) {
        double threshold = settings.thresholds().forKey(key);
        if (base == null || now == null) {
            Verdict verdict = base == null ? Verdict.NEW : Verdict.MISSING;
            String unit = (base == null ? now : base).unit();
            return new BenchmarkComparison(key, unit, statistic, Double.NaN, Double.NaN, Double.NaN, Interval.NONE,
                    threshold, verdict, Double.NaN, crossEnvironment, base, now);
        }
        boolean latencies = ForkData.hasLatencies(base) && ForkData.hasLatencies(now);
        double[] scale = latencies ? new double[] {1, 1} : reconcile(base.unit(), now.unit(), key.display());
        ForkData baseData = ForkData.of(base, statistic, scale[0], latencies);
        ForkData nowData = ForkData.of(now, statistic, scale[1], latencies);
        double baseValue = baseData.value();
        double nowValue = nowData.value();
        if (!(baseValue > 0 && nowValue > 0) || baseData.forks() == 0 || nowData.forks() == 0) {
            return new BenchmarkComparison(key, now.unit(), statistic, baseValue, nowValue, nowValue / baseValue,
                    new Interval(0, Double.POSITIVE_INFINITY), threshold, Verdict.INCONCLUSIVE,
                    Double.POSITIVE_INFINITY, crossEnvironment, base, now);
        }
        SplittableRandom random = new SplittableRandom(streamSeed(key, statistic));
        double baseVar = HierarchicalBootstrap.logVariance(baseData, settings.resamples(), random);
        double nowVar = HierarchicalBootstrap.logVariance(nowData, settings.resamples(), random);
        RatioEstimate estimate = RatioEstimate.of(
                new RatioEstimate.Side(baseValue, baseVar, baseData.forks(), baseData.numerators()[0].length),
                new RatioEstimate.Side(nowValue, nowVar, nowData.forks(), nowData.numerators()[0].length),
                settings.confidence());
        Verdict verdict = VerdictRule.decide(key.mode(), estimate.interval(), threshold);
        double detectable = VerdictRule.smallestDetectable(threshold, estimate.logHalfWidth());
        double toUnit = latencies ? nanosToUnit(now.unit()) : 1 / scale[1];
        return new BenchmarkComparison(key, now.unit(), statistic, baseValue * toUnit, nowValue * toUnit,
                estimate.ratio(), estimate.interval(),
                threshold, verdict, detectable, crossEnvironment, base, now);
    }

    /** Histograms hold nanoseconds; reports show the current result's unit (ns when it is not a time unit). */
    static double nanosToUnit(String unit) {
        return ScoreUnit.parse(unit).filter(u -> u.kind() == ScoreUnit.Kind.TIME_PER_OPERATION)
                .map(u -> 1e-9 / u.factor()).orElse(1.0);
    }

    /** Factors to the common scale for both sides; throws naming the benchmark when the units cannot be reconciled. */
    private static double[] reconcile(String baselineUnit, String currentUnit, String what) {
        if (baselineUnit.equals(currentUnit)) {
            return new double[] {1, 1};
        }
        Optional<ScoreUnit> base = ScoreUnit.parse(baselineUnit);
        Optional<ScoreUnit> current = ScoreUnit.parse(currentUnit);
        if (base.isEmpty() || current.isEmpty() || !base.get().sameKind(current.get())) {
            throw new IllegalArgumentException(what + ": cannot compare unit \"" + currentUnit
                    + "\" with the baseline's \"" + baselineUnit + "\"");
        }
        return new double[] {base.get().factor(), current.get().factor()};
    }

    private long streamSeed(BenchmarkKey key, Statistic statistic) {
        long h = key.benchmark().hashCode() * 31L + key.mode().ordinal();
        h = h * 31 + key.params().toString().hashCode();
        h = h * 31 + key.threads();
        h = h * 31 + statistic.ordinal();
        return settings.seed() ^ (h * 0x9E3779B97F4A7C15L);
    }

    private static Environment environment(RunInfo info) {
        return info == null ? null : info.environment();
    }
}
