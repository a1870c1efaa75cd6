package dev.perfgate.tracker.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** JMH's command line split into what selects benchmarks and what configures them. */
class JmhArgumentsTest {

    @Test
    void regexps_and_options_with_their_values_are_told_apart() {
        JmhArguments args = JmhArguments.parse(List.of("Calibration", "-wi", "1", "-jvmArgs", "-Xmx1g", "auth\\..*",
                "-p", "impl=perfgate,nimbus"));
        assertThat(args.regexps()).containsExactly("Calibration", "auth\\..*");
        assertThat(args.options()).containsExactly("-wi", "1", "-jvmArgs", "-Xmx1g", "-p", "impl=perfgate,nimbus");
    }

    @Test
    void what_the_ab_sets_itself_is_refused_with_the_reason() {
        for (String reserved : List.of("-f", "-rf", "-rff", "-o")) {
            assertThatThrownBy(() -> JmhArguments.parse(List.of(reserved, "3")))
                    .isInstanceOf(AbException.class).hasMessageContaining(reserved).hasMessageContaining("one fork per JVM");
        }
        assertThatThrownBy(() -> JmhArguments.parse(List.of("-wi"))).hasMessageContaining("-wi needs a value");
    }
}
