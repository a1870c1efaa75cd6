package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void changesAndPercentagesReadTheSameEverywhere() {
        assertThat(Figures.change(1.052)).isEqualTo("+5.2%");
        assertThat(Figures.change(0.9)).isEqualTo("-10.0%");
        assertThat(Figures.change(Double.NaN)).isEqualTo("–");
        assertThat(Figures.change(Double.POSITIVE_INFINITY)).isEqualTo("+∞");
        assertThat(Figures.interval(new Interval(0.99, 1.093))).isEqualTo("[-1.0%, +9.3%]");
        assertThat(Figures.interval(Interval.NONE)).isEqualTo("–");
        assertThat(Figures.percent(0.05)).isEqualTo("5.0%");
        assertThat(Figures.percent(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(Figures.percent(Double.NaN)).isEqualTo("–");
    }

    @Test
    void anAstronomicalBoundIsWrittenShortNotInThirtyDigits() {
        // seen in a three-pair A/A: "[-100.0%, +3088541710916315700000000000000000.0%]"
        assertThat(Figures.change(3.0885417e31)).isEqualTo("+3.1e+33%");
        assertThat(Figures.percent(7.96e31)).isEqualTo("8.0e+33%");
        assertThat(Figures.change(1000)).isEqualTo("+99900.0%"); // the last ratio still written out
        assertThat(Figures.change(1001)).isEqualTo("+1.0e+05%");
    }

    @Test
    void plainNeverUsesExponentFormWhileValueMay() {
        assertThat(Figures.plain(123456.7)).isEqualTo("123500");
        assertThat(Figures.plain(0.000012346)).isEqualTo("0.00001235");
        assertThat(Figures.plain(1.5)).isEqualTo("1.5");
        assertThat(Figures.plain(Double.POSITIVE_INFINITY)).isEqualTo("–");
        assertThat(Figures.value(123456.7)).isEqualTo("1.235e+05");
        assertThat(Figures.value(Double.NaN)).isEqualTo("–");
    }
}
