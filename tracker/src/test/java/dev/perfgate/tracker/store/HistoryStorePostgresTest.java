package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HistoryStoreContract} on a real PostgreSQL server ({@link PostgresServer}: skipped when
 * none is configured, required in CI), and what only a server does: logins that fail for each of
 * its reasons, each with its own message and never the password.
 */
class HistoryStorePostgresTest extends HistoryStoreContract {

    private final List<PostgresServer.Database> databases = new ArrayList<>();
    private PostgresServer.Database database;

    @TempDir
    Path dir;

    @BeforeEach
    void createDatabase() {
        database = create();
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(PostgresServer.Database::close);
    }

    private PostgresServer.Database create() {
        PostgresServer.Database created = PostgresServer.newDatabase();
        databases.add(created);
        return created;
    }

    @Override
    String url() {
        return database.url();
    }

    @Override
    String emptyDatabase() {
        return create().url();
    }

    @Override
    boolean holdsHistoryTables(String url) {
        try (Connection connection = DriverManager.getConnection(url);
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            return tables.next();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private String password() {
        return PostgresServer.parameter(url(), "password");
    }

    private String user() {
        return PostgresServer.parameter(url(), "user");
    }

    /** The database's URL without credentials, so they come from the options or the environment. */
    private String bare() {
        return PostgresServer.withoutCredentials(url());
    }

    @Test
    void credentialsComeFromTheOptionsOrFromPgUserAndPgPassword() throws IOException {
        Path passwordFile = Files.writeString(dir.resolve("password"), password() + "\n");
        DatabaseTarget fromOptions = DatabaseTarget.of(bare(), user(), passwordFile, Map.of());
        DatabaseTarget fromEnvironment = DatabaseTarget.of(bare(), null, null,
                Map.of("PGUSER", user(), "PGPASSWORD", password()));
        for (DatabaseTarget target : List.of(fromOptions, fromEnvironment)) {
            try (HistoryStore store = HistoryStore.open(target, Duration.ZERO)) {
                assertThat(store.runs()).isEmpty();
                assertThat(store.url()).isEqualTo(bare());
            }
        }
    }

    @Test
    void aBareUrlTakesHostPortAndDatabaseFromTheEnvironment() {
        String hostAndPort = bare().substring("jdbc:postgresql://".length(), bare().lastIndexOf('/'));
        Map<String, String> environment = Map.of("PGHOST", hostAndPort.substring(0, hostAndPort.indexOf(':')),
                "PGPORT", hostAndPort.substring(hostAndPort.indexOf(':') + 1), "PGDATABASE", database.name(),
                "PGUSER", user(), "PGPASSWORD", password());
        DatabaseTarget target = DatabaseTarget.of("jdbc:postgresql:", null, null, environment);
        assertThat(target.url()).isEqualTo(bare());
        try (HistoryStore store = HistoryStore.open(target, Duration.ZERO)) {
            assertThat(store.runs()).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageThatNamesTheLoginAndNotThePassword() {
        String wrong = "not-" + password();
        String url = bare() + "?user=" + user() + "&password=" + wrong;
        assertThatThrownBy(() -> HistoryStore.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the server refused the login")
                .hasMessageContaining("password=***")
                .hasMessageContaining("check --db-user and --db-password-file, PGUSER and PGPASSWORD")
                .message().doesNotContain(wrong).doesNotContain(password());
    }

    @Test
    void noPasswordAtAllIsALoginProblemToo() {
        DatabaseTarget target = DatabaseTarget.of(bare(), user(), null, Map.of());
        assertThatThrownBy(() -> HistoryStore.open(target, Duration.ZERO))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the server refused the login of user \"" + user() + "\"");
    }

    @Test
    void aMissingDatabaseIsNamedAsSuch() {
        String url = PostgresServer.withDatabase(url(), "perfgate_no_such_database");
        assertThatThrownBy(() -> HistoryStore.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the database does not exist on that server")
                .hasMessageContaining("perfgate_no_such_database")
                .hasMessageContaining("create it first")
                .message().doesNotContain(password());
    }

    @Test
    void aWrongHostIsUnreachableAndSaysWhatToCheck() {
        // Another loopback address: the test server listens on 127.0.0.1 only, so nothing answers there.
        String url = url().replace("//127.0.0.1:", "//127.0.0.2:").replace("//localhost:", "//127.0.0.2:");
        assertThatThrownBy(() -> HistoryStore.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot reach the PostgreSQL server")
                .hasMessageContaining("127.0.0.2")
                .hasMessageContaining("check the host and port")
                .message().doesNotContain(password());
    }

    @Test
    void anUnreadablePasswordFileIsNamed() {
        Path missing = dir.resolve("no-such-file");
        assertThatThrownBy(() -> DatabaseTarget.of(bare(), user(), missing, Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot read --db-password-file " + missing);
    }
}
