package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2ConnectUrlTest {

    @Test
    void embeddedFileDatabasesSkipCompactionOnCloseAndCacheMorePages() {
        assertThat(H2ConnectUrl.of("jdbc:h2:file:/a/b/history"))
                .isEqualTo("jdbc:h2:file:/a/b/history;MAX_COMPACT_TIME=0;CACHE_SIZE=65536");
        assertThat(H2ConnectUrl.of("jdbc:h2:./.perfgate/history;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:./.perfgate/history;MODE=PostgreSQL;MAX_COMPACT_TIME=0;CACHE_SIZE=65536");
    }

    @Test
    void aUsersOwnCompactionTimeAndOtherDatabasesAreLeftAsGiven() {
        assertThat(H2ConnectUrl.of("jdbc:h2:file:/a/b/history;max_compact_time=500;cache_size=1024"))
                .isEqualTo("jdbc:h2:file:/a/b/history;max_compact_time=500;cache_size=1024");
        assertThat(H2ConnectUrl.of("jdbc:h2:file:/a/b/history;CACHE_SIZE=1024"))
                .isEqualTo("jdbc:h2:file:/a/b/history;CACHE_SIZE=1024;MAX_COMPACT_TIME=0");
        assertThat(H2ConnectUrl.of("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(H2ConnectUrl.of("jdbc:h2:tcp://host/db")).isEqualTo("jdbc:h2:tcp://host/db");
        assertThat(H2ConnectUrl.of("jdbc:postgresql://host/db")).isEqualTo("jdbc:postgresql://host/db");
    }
}
