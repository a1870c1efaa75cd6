package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayUnitTest {

    @Test
    void timesAreRescaledSoTheTypicalValueReadsOneToNineHundredNinetyNine() {
        assertThat(DisplayUnit.of("ns/op", 11_090_000_000.0).format(11_090_000_000.0)).isEqualTo("11.09 s/op");
        assertThat(DisplayUnit.of("ms/op", 0.6819).format(0.6819)).isEqualTo("681.9 µs/op");
        assertThat(DisplayUnit.of("us/op", 1.5).format(1.5)).isEqualTo("1.5 µs/op");
        assertThat(DisplayUnit.of("ns/op", 0.25).format(0.25)).isEqualTo("0.25 ns/op");
    }

    @Test
    void bothSidesOfARowShareTheUnitTheTypicalValueChose() {
        DisplayUnit unit = DisplayUnit.of("ns/op", 900);
        assertThat(unit.format(900)).isEqualTo("900 ns/op");
        assertThat(unit.format(1_500)).isEqualTo("1,500 ns/op");
    }

    @Test
    void throughputAndBytesGroupDigitsAndTakeAPrefixFromAMillion() {
        assertThat(DisplayUnit.of("ops/s", 30_720).format(30_720)).isEqualTo("30,720 ops/s");
        assertThat(DisplayUnit.of("ops/s", 6_037_000).format(6_037_000)).isEqualTo("6.037 M ops/s");
        assertThat(DisplayUnit.of("ops/s", 33_860_000_000.0).format(33_860_000_000.0)).isEqualTo("33.86 G ops/s");
        assertThat(DisplayUnit.of("B/op", 24).format(24)).isEqualTo("24 B/op");
        assertThat(DisplayUnit.of("B/op", 0).format(0)).isEqualTo("0 B/op");
    }

    @Test
    void numbersKeepFourSignificantDigitsWithoutExponents() {
        assertThat(DisplayUnit.number(1_234_567)).isEqualTo("1,235,000");
        assertThat(DisplayUnit.number(0.000123456)).isEqualTo("0.0001235");
        assertThat(DisplayUnit.number(Double.NaN)).isEqualTo("–");
    }
}
