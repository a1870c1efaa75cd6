package dev.perfgate.tracker.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.perfgate.tracker.model.ScoreUnit.Kind;
import org.junit.jupiter.api.Test;

class ScoreUnitTest {

    @Test
    void parsesTimeAndThroughputUnitsWithTheirFactors() {
        ScoreUnit micros = ScoreUnit.parse("us/op").orElseThrow();
        assertThat(micros.kind()).isEqualTo(Kind.TIME_PER_OPERATION);
        assertThat(micros.factor()).isEqualTo(1e-6);
        assertThat(micros.timeNanos()).isEqualTo(1e3);
        ScoreUnit perMinute = ScoreUnit.parse("ops/min").orElseThrow();
        assertThat(perMinute.kind()).isEqualTo(Kind.OPERATIONS_PER_TIME);
        assertThat(perMinute.factor()).isEqualTo(1 / 60.0);
        assertThat(ScoreUnit.parse("ops/s").orElseThrow().factor()).isEqualTo(1.0);
        assertThat(ScoreUnit.parse("day/op").orElseThrow().factor()).isEqualTo(86400.0);
    }

    @Test
    void microSignAndGreekMuReadAsU() {
        assertThat(ScoreUnit.parse("\u00b5s/op").orElseThrow().timeNanos()).isEqualTo(1e3);
        assertThat(ScoreUnit.parse("ops/\u03bcs").orElseThrow().factor()).isEqualTo(1e6);
        assertThat(ScoreUnit.parse("\u00b5s/op").orElseThrow().text()).isEqualTo("\u00b5s/op");
    }

    @Test
    void rejectsWhatJmhDoesNotWrite() {
        assertThat(ScoreUnit.parse("ns")).isEmpty();
        assertThat(ScoreUnit.parse("bytes/op")).isEmpty();
        assertThat(ScoreUnit.parse("ops/fortnight")).isEmpty();
        assertThat(ScoreUnit.parse("us/ops")).isEmpty();
        assertThat(ScoreUnit.parse("")).isEmpty();
    }

    @Test
    void convertsOnlyBetweenUnitsOfOneKind() {
        assertThat(ScoreUnit.convert(1500, "ns/op", "us/op").getAsDouble()).isCloseTo(1.5, within(1e-12));
        assertThat(ScoreUnit.convert(2, "ops/ms", "ops/s").getAsDouble()).isCloseTo(2000, within(1e-9));
        assertThat(ScoreUnit.convert(7, "furlongs", "furlongs").getAsDouble()).isEqualTo(7);
        assertThat(ScoreUnit.convert(1, "ns/op", "ops/s")).isEmpty();
        assertThat(ScoreUnit.convert(1, "ns/op", "B/op")).isEmpty();
    }

    @Test
    void histogramNanosBecomeTimeUnitsOnly() {
        assertThat(ScoreUnit.fromNanos(2500, "us/op")).isCloseTo(2.5, within(1e-12));
        assertThat(ScoreUnit.fromNanos(2500, "ns/op")).isEqualTo(2500);
        assertThat(ScoreUnit.fromNanos(2500, "ops/s")).isNaN();
        assertThat(ScoreUnit.fromNanos(2500, "B/op")).isNaN();
    }

    @Test
    void timePerOperationNamesTheRejectedUnit() {
        assertThat(ScoreUnit.timePerOperation("ms/op").timeNanos()).isEqualTo(1e6);
        assertThatThrownBy(() -> ScoreUnit.timePerOperation("ops/s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"ops/s\"").hasMessageContaining("not a time per operation");
    }
}
