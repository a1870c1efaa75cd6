package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    @Test
    void optionWinsOverEnvironmentWhichWinsOverDefault() {
        Map<String, String> env = Map.of("PERFGATE_DB", "jdbc:h2:file:/env/db");

        assertThat(DatabaseLocation.resolve("jdbc:h2:mem:x", env)).isEqualTo("jdbc:h2:mem:x");
        assertThat(DatabaseLocation.resolve(null, env)).isEqualTo("jdbc:h2:file:/env/db");
        assertThat(DatabaseLocation.resolve(" ", env)).isEqualTo("jdbc:h2:file:/env/db");
        assertThat(DatabaseLocation.resolve(null, Map.of())).isEqualTo("jdbc:h2:file:./.perfgate/history");
        assertThat(DatabaseLocation.resolve(null, Map.of("PERFGATE_DB", ""))).isEqualTo(DatabaseLocation.DEFAULT_URL);
    }
}
