package dev.perfgate.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BreakerConfigTest {

    @Test
    void defaultsAreValid() {
        BreakerConfig config = BreakerConfig.builder().build();
        assertThat(config.window()).isEqualTo(new WindowSpec.Count(100));
        assertThat(config.failureRatePercent()).isEqualTo(50);
    }

    @Test
    void eachBadSettingIsNamedInTheError() {
        assertThatThrownBy(() -> BreakerConfig.builder().failureRatePercent(0).build())
                .hasMessageContaining("failureRatePercent").hasMessageContaining("0.0");
        assertThatThrownBy(() -> BreakerConfig.builder().slowCallRatePercent(100.5).build())
                .hasMessageContaining("slowCallRatePercent");
        assertThatThrownBy(() -> BreakerConfig.builder().countWindow(0).build())
                .hasMessageContaining("count window size");
        assertThatThrownBy(() -> BreakerConfig.builder().countWindow(5).minimumCalls(6).build())
                .hasMessageContaining("minimumCalls 6").hasMessageContaining("5");
        assertThatThrownBy(() -> BreakerConfig.builder().timeWindow(Duration.ZERO, 10).build())
                .hasMessageContaining("time window length");
        assertThatThrownBy(() -> BreakerConfig.builder().timeWindow(Duration.ofSeconds(1), 1001).build())
                .hasMessageContaining("buckets");
        assertThatThrownBy(() -> BreakerConfig.builder().openWait(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("openWait");
        assertThatThrownBy(() -> BreakerConfig.builder().probeTimeout(Duration.ZERO).build())
                .hasMessageContaining("probeTimeout");
        assertThatThrownBy(() -> BreakerConfig.builder().maxConcurrentProbes(0).build())
                .hasMessageContaining("maxConcurrentProbes");
        assertThatThrownBy(() -> BreakerConfig.builder().successesToClose(0).build())
                .hasMessageContaining("successesToClose");
        assertThatThrownBy(() -> BreakerConfig.builder().consecutiveFailures(0).build())
                .hasMessageContaining("consecutiveFailures");
    }
}
