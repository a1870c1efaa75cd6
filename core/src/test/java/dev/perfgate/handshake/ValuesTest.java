package dev.perfgate.handshake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void closeCodesOutsideWhatAnEndpointMayUseAreRefused() {
        for (int code : new int[] {999, 1004, 1005, 1012, 2999, 5000}) {
            assertThatThrownBy(() -> new CloseReason(code, "x")).hasMessageContaining(String.valueOf(code));
        }
        for (int code : new int[] {1000, 1002, 1006, 1008, 1011, 3000, 4001, 4999}) {
            assertThat(new CloseReason(code, "x").code()).isEqualTo(code);
        }
    }

    @Test
    void aReasonMustFitACloseFrame() {
        assertThat(new CloseReason(1000, "é".repeat(61)).reason()).hasSize(61);
        assertThatThrownBy(() -> new CloseReason(1000, "é".repeat(62)))
                .hasMessageContaining("124 UTF-8 bytes").hasMessageContaining("123");
    }

    @Test
    void aRejectionSaysWhyWith1008OrAnApplicationCode() {
        assertThat(new AuthOutcome.Denied(CloseReason.policyViolation("no token")).closeReason().code())
                .isEqualTo(1008);
        assertThat(AuthOutcome.denied(4001, "expired")).isEqualTo(
                new AuthOutcome.Denied(new CloseReason(4001, "expired")));
        assertThatThrownBy(() -> new AuthOutcome.Denied(new CloseReason(1000, "fine")))
                .hasMessageContaining("1008 or a 4xxx").hasMessageContaining("1000");
    }

    @Test
    void configBoundsMustNotBeNegative() {
        assertThatThrownBy(() -> new HandshakeConfig(-1, 10, StateTiming.ON)).hasMessageContaining("maxEarlyFrames");
        assertThatThrownBy(() -> new HandshakeConfig(1, -10, StateTiming.ON)).hasMessageContaining("maxEarlyBytes");
        assertThatThrownBy(() -> new HandshakeConfig(1, 10, null)).hasMessageContaining("timing");
        assertThat(HandshakeConfig.DEFAULT.withTiming(StateTiming.OFF).timing()).isEqualTo(StateTiming.OFF);
    }

    @Test
    void aFixedBudgetAddsItsTimeoutAndRefusesNonPositiveOnes() {
        assertThat(HandshakeBudget.fixed(Duration.ofMillis(5)).deadlineNanos(1_000)).isEqualTo(5_001_000);
        assertThatThrownBy(() -> HandshakeBudget.fixed(Duration.ZERO)).hasMessageContaining("PT0S");
    }
}
