package dev.perfgate.tracker;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the PostgreSQL variants of the tests run against, named by the
 * environment variable {@value #URL_VARIABLE}: a JDBC URL for a user who may create databases
 * ({@code .ci/run} starts a server with {@code .ci/postgres} and sets it). Each test gets a
 * database of its own, dropped afterwards.
 *
 * <p>Without the variable the PostgreSQL variants are skipped (a JUnit assumption whose message
 * says how to run them), so {@code mvn -B verify} passes on a machine with only a JDK and Maven.
 * With {@value #REQUIRED_VARIABLE}{@code =true} (CI sets it) a missing variable fails them
 * instead, and a server that is named but cannot be reached always fails them. Thread-safe.
 */
public final class PostgresServer {

    public static final String URL_VARIABLE = "PERFGATE_TEST_PG_URL";
    public static final String REQUIRED_VARIABLE = "PERFGATE_TEST_PG_REQUIRED";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PostgresServer() {}

    /** The server's admin URL; skips the calling test (or fails it, in CI) when none is configured. */
    public static String adminUrl() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            String why = "no PostgreSQL server for the PostgreSQL variants: set " + URL_VARIABLE
                    + " to a JDBC URL of a user who may create databases (see CONTRIBUTING.md; .ci/run does)";
            if (Boolean.parseBoolean(System.getenv(REQUIRED_VARIABLE))) {
                Assertions.fail(why + ", and " + REQUIRED_VARIABLE + "=true says they must run");
            }
            Assumptions.abort(why);
        }
        return url.trim();
    }

    /** A new, empty database on the server; close it to drop it. */
    public static Database newDatabase() {
        String admin = adminUrl();
        String name = "perfgate_test_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        execute(admin, "CREATE DATABASE " + name);
        return new Database(name, withDatabase(admin, name), admin);
    }

    /** {@code url} (jdbc:postgresql://host:port/db?params) naming database {@code name} instead. */
    public static String withDatabase(String url, String name) {
        int hostStart = url.indexOf("//");
        int path = url.indexOf('/', hostStart + 2);
        int query = url.indexOf('?', path < 0 ? hostStart + 2 : path);
        String base = url.substring(0, path < 0 ? (query < 0 ? url.length() : query) : path);
        return base + "/" + name + (query < 0 ? "" : url.substring(query));
    }

    /** {@code url} without its {@code user} and {@code password} parameters. */
    public static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        StringBuilder kept = new StringBuilder();
        for (String param : url.substring(query + 1).split("&")) {
            String key = param.contains("=") ? param.substring(0, param.indexOf('=')).toLowerCase(Locale.ROOT) : param;
            if (!key.equals("user") && !key.equals("password")) {
                kept.append(kept.length() == 0 ? "?" : "&").append(param);
            }
        }
        return url.substring(0, query) + kept;
    }

    /** A URL parameter's value, or {@code null}. */
    public static String parameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String param : url.substring(query + 1).split("&")) {
            if (param.startsWith(name + "=")) {
                return param.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** Runs one statement on the database at {@code url}. */
    public static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL at " + withoutCredentials(url) + " (from " + URL_VARIABLE
                    + ") failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * One test's database. {@code url} carries the admin's credentials.
     *
     * @param name  the database name
     * @param url   its JDBC URL
     * @param admin the server's admin URL, to drop it from
     */
    public record Database(String name, String url, String admin) implements AutoCloseable {
        @Override
        public void close() {
            execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
