package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every history command against a real PostgreSQL server (skipped without one; see
 * {@link PostgresServer}): the same commands work with {@code --db jdbc:postgresql://…}, the
 * credentials can come from {@code --db-user}/{@code --db-password-file}, and each way a connection
 * fails exits 2 with its own message, none of them showing the password.
 */
class PostgresCommandsTest {

    @TempDir
    Path dir;

    private final List<PostgresServer.Database> databases = new ArrayList<>();
    private PostgresServer.Database database;

    @BeforeEach
    void createDatabase() {
        database = PostgresServer.newDatabase();
        databases.add(database);
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(PostgresServer.Database::close);
    }

    private String password() {
        return PostgresServer.parameter(database.url(), "password");
    }

    private String user() {
        return PostgresServer.parameter(database.url(), "user");
    }

    @Test
    void everyHistoryCommandWorksOnAServer() throws Exception {
        String url = PostgresServer.withoutCredentials(database.url());
        Path passwordFile = Files.writeString(dir.resolve("pw"), password() + "\n");
        String[] login = {"--db", url, "--db-user", user(), "--db-password-file", passwordFile.toString()};

        CliRun ingest = CliRun.of(with(login, "ingest", JmhCorpus.PG_CLIENT.toString(), "--commit", "abc123"));
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(ingest.out().trim()).isEqualTo("1");

        CliRun runs = CliRun.of(with(login, "runs"));
        assertThat(runs.exitCode()).as(runs.toString()).isZero();
        assertThat(runs.out()).contains("abc123");

        CliRun show = CliRun.of(with(login, "show", "1"));
        assertThat(show.exitCode()).as(show.toString()).isZero();

        CliRun history = CliRun.of(with(login, "history", "."));
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out()).contains("(1 runs,");

        Path baselines = dir.resolve("baselines");
        CliRun save = CliRun.of(with(login, "baseline", "save", "--run", "latest", "--dir", baselines.toString()));
        assertThat(save.exitCode()).as(save.toString()).isZero();

        Path report = dir.resolve("report");
        CliRun compare = CliRun.of(with(login, "compare", "1", "--baseline", baselines.toString(),
                "--report", report.toString()));
        assertThat(compare.exitCode()).as(compare.toString()).isZero();
        assertThat(compare.err()).doesNotContain("trend charts left out");
        assertThat(report.resolve("report.html")).exists();

        for (CliRun run : List.of(ingest, runs, show, history, save, compare)) {
            assertThat(run.out() + run.err()).doesNotContain(password());
        }
    }

    @Test
    void aPasswordInTheUrlIsNeverPrinted() {
        CliRun runs = CliRun.of("runs", "--db", database.url());
        assertThat(runs.exitCode()).as(runs.toString()).isEqualTo(2);
        assertThat(runs.err()).contains("holds no perfgate history yet").contains("password=***")
                .doesNotContain(password());

        CliRun ingest = CliRun.of("ingest", JmhCorpus.PG_CLIENT.toString(), "--db", database.url());
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        CliRun empty = CliRun.of("history", "no-such-benchmark", "--db", database.url());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("password=***").doesNotContain(password());
    }

    @Test
    void wrongCredentialsExitTwoWithoutThePassword() {
        String wrong = password() + "x";
        String url = PostgresServer.withoutCredentials(database.url()) + "?user=" + user() + "&password=" + wrong;
        CliRun run = CliRun.of("ingest", JmhCorpus.PG_CLIENT.toString(), "--db", url);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("the server refused the login").doesNotContain(wrong);
    }

    @Test
    void aWrongHostExitsTwo() {
        String url = database.url().replace("//127.0.0.1:", "//127.0.0.2:").replace("//localhost:", "//127.0.0.2:");
        CliRun run = CliRun.of("runs", "--db", url);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("cannot reach the PostgreSQL server").doesNotContain(password());
    }

    @Test
    void aMissingDatabaseExitsTwo() {
        CliRun run = CliRun.of("ingest", JmhCorpus.PG_CLIENT.toString(), "--db",
                PostgresServer.withDatabase(database.url(), "perfgate_never_created"));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("the database does not exist on that server").contains("create it first")
                .doesNotContain(password());
    }

    @Test
    void aSchemaNewerThanThisTrackerExitsTwo() throws Exception {
        assertThat(CliRun.of("ingest", JmhCorpus.PG_CLIENT.toString(), "--db", database.url()).exitCode()).isZero();
        try (Connection jdbc = DriverManager.getConnection(database.url()); Statement sql = jdbc.createStatement()) {
            sql.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " installed_by, execution_time, success) VALUES (50, '50', 'later', 'SQL', 'V50__later.sql', 't', 0, TRUE)");
        }
        for (String[] args : List.of(new String[] {"runs", "--db", database.url()},
                new String[] {"ingest", JmhCorpus.PG_CLIENT.toString(), "--db", database.url()})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains("has schema version 50, newer than this tracker's").doesNotContain(password());
        }
    }

    private static String[] with(String[] login, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        if (command[0].equals("baseline")) {
            args.addAll(List.of(login));
        } else {
            args.addAll(1, List.of(login));
        }
        return args.toArray(String[]::new);
    }
}
