package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The look schedule and the confidence each look is held to. */
class SequentialLooksTest {

    @Test
    void looks_grow_by_half_and_always_include_the_last_pair() {
        assertThat(new SequentialLooks(0.99, 3, 10).schedule()).containsExactly(3, 5, 8, 10);
        assertThat(new SequentialLooks(0.99, 2, 2).schedule()).containsExactly(2);
        assertThat(new SequentialLooks(0.99, 2, 4).schedule()).containsExactly(2, 3, 4);
    }

    @Test
    void each_look_spends_an_equal_share_of_the_error() {
        SequentialLooks looks = new SequentialLooks(0.99, 3, 10);
        assertThat(looks.perLookConfidence()).isEqualTo(1 - 0.01 / 4, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(looks.isLook(5)).isTrue();
        assertThat(looks.isLook(4)).isFalse();
    }

    @Test
    void a_first_look_without_spread_is_refused() {
        assertThatThrownBy(() -> new SequentialLooks(0.99, 1, 5)).hasMessageContaining("at least 2 pairs");
        assertThatThrownBy(() -> new SequentialLooks(0.99, 5, 3)).hasMessageContaining("below the first look");
    }
}
