package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.ab.AbMode;
import dev.perfgate.tracker.ab.AbSettings;
import dev.perfgate.tracker.compare.SequentialLooks;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The A/B options {@code tracker ab} and {@code tracker bisect} share ({@link AbOptions}): each
 * command's defaults and every option reach the {@link AbSettings} the A/B runs by, the same for both.
 */
class AbOptionsTest {

    private static final BenchmarkKey RULED = new BenchmarkKey("x.Slow.run", Mode.AVERAGE_TIME, null, 1);
    private static final BenchmarkKey OTHER = new BenchmarkKey("x.Fast.run", Mode.AVERAGE_TIME, null, 1);

    private static final String[] EVERY_OPTION = {"--threshold", "8%", "--confidence", "0.95", "--first-look", "4",
            "--max-pairs", "6", "--seed", "7", "--resamples", "300", "--java-option", "-Xmx1g", "--java-option", "-Da=b"};

    @TempDir
    Path dir;

    @Test
    void bisect_defaults_are_an_interleaved_five_minute_ab_at_five_percent() throws Exception {
        BisectCommand bisect = parse(BisectCommand.class, "bisect", "good", "bad", "Regex");
        AbSettings settings = bisect.ab.settings(Durations.parse("--budget", bisect.budget));
        assertThat(settings.budget()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.looks()).isEqualTo(new SequentialLooks(0.99, 3, 10));
        assertThat(settings.seed()).isEqualTo(42);
        assertThat(settings.resamples()).isEqualTo(2000);
        assertThat(settings.mode()).isEqualTo(AbMode.INTERLEAVED);
        assertThat(settings.thresholds().forKey(RULED)).isEqualTo(0.05);
        assertThat(bisect.ab.javaOptions).isEmpty();
    }

    @Test
    void ab_defaults_differ_from_bisect_only_in_the_budget() throws Exception {
        AbCommand ab = parse(AbCommand.class, "ab", "base.jar", "head.jar");
        AbSettings settings = ab.ab.settings(Durations.parse("--budget", ab.budget), ab.thresholdsFile, AbMode.INTERLEAVED,
                ab.duetCpus);
        BisectCommand bisect = parse(BisectCommand.class, "bisect", "good", "bad", "Regex");
        AbSettings bisectSettings = bisect.ab.settings(Duration.ofMinutes(10));
        assertThat(settings.budget()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.looks()).isEqualTo(bisectSettings.looks());
        assertThat(settings.seed()).isEqualTo(bisectSettings.seed());
        assertThat(settings.resamples()).isEqualTo(bisectSettings.resamples());
        assertThat(settings.thresholds().defaultThreshold()).isEqualTo(bisectSettings.thresholds().defaultThreshold());
        assertThat(settings.duetCpus()).isEqualTo(AbSettings.DEFAULT_DUET_CPUS);
    }

    @Test
    void every_shared_option_reaches_the_settings_of_both_commands() throws Exception {
        BisectCommand bisect = parse(BisectCommand.class, concat(new String[] {"bisect", "good", "bad", "Regex"}, EVERY_OPTION));
        AbCommand ab = parse(AbCommand.class, concat(new String[] {"ab", "base.jar", "head.jar"}, EVERY_OPTION));
        for (AbOptions options : List.of(bisect.ab, ab.ab)) {
            AbSettings settings = options.settings(Duration.ofSeconds(90));
            assertThat(settings.thresholds().forKey(OTHER)).isEqualTo(0.08);
            assertThat(settings.looks()).isEqualTo(new SequentialLooks(0.95, 4, 6));
            assertThat(settings.seed()).isEqualTo(7);
            assertThat(settings.resamples()).isEqualTo(300);
            assertThat(options.javaOptions).containsExactly("-Xmx1g", "-Da=b");
        }
    }

    @Test
    void a_thresholds_file_rules_its_benchmarks_and_the_threshold_option_the_rest() throws Exception {
        Path rules = Files.writeString(dir.resolve("thresholds.conf"), "*Slow* = 20%\n");
        AbCommand ab = parse(AbCommand.class, "ab", "base.jar", "head.jar", "--threshold", "3%", "--thresholds",
                rules.toString(), "--mode", "duet", "--duet-cpus", "2,3");
        AbSettings settings = ab.ab.settings(Duration.ofMinutes(1), ab.thresholdsFile, AbMode.DUET, ab.duetCpus);
        assertThat(settings.thresholds().forKey(RULED)).isEqualTo(0.20);
        assertThat(settings.thresholds().forKey(OTHER)).isEqualTo(0.03);
        assertThat(settings.mode()).isEqualTo(AbMode.DUET);
        assertThat(settings.duetCpus()).containsExactly(2, 3);
    }

    /** As the tracker parses {@code args}, the first naming the command. */
    private static <T> T parse(Class<T> type, String... args) {
        CommandLine.ParseResult parsed = TrackerCli.commandLine(args).parseArgs(args);
        return type.cast(parsed.subcommand().commandSpec().userObject());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
