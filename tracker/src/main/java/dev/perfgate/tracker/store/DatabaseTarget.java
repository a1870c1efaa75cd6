package dev.perfgate.tracker.store;

import dev.perfgate.tracker.io.FileProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history database to connect to: its JDBC URL and who to connect as. For PostgreSQL, what the
 * URL leaves out comes from the standard environment variables: {@code PGUSER} and
 * {@code PGPASSWORD} (and the driver's own {@code .pgpass}/{@code PGPASSFILE}), and, for the bare
 * URL {@code jdbc:postgresql:}, {@code PGHOST}, {@code PGPORT} and {@code PGDATABASE}. A user or
 * password in the URL ({@code ?user=…&password=…}) wins over all of them, as the driver has it.
 *
 * <p>The password is a secret: {@link #display()}, {@link #toString()} and {@link #mask(String)}
 * never show it, and every message the store makes goes through them. Immutable and thread-safe.
 *
 * @param url      the JDBC URL as the user gave it
 * @param user     the user to connect as when the URL names none, or {@code null}
 * @param password the password when the URL has none, or {@code null}
 */
public record DatabaseTarget(String url, String user, String password) {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;]password=)([^&;]*)");
    private static final String HIDDEN = "***";

    public DatabaseTarget {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a database URL is required");
        }
        url = url.trim();
    }

    /** The URL with credentials from this process's environment (the {@code PG*} variables for PostgreSQL). */
    public static DatabaseTarget of(String url) {
        return of(url, null, null, System.getenv());
    }

    /**
     * The URL with {@code user} and the first line of {@code passwordFile} (either may be
     * {@code null}); for PostgreSQL, {@code PGUSER} and {@code PGPASSWORD} of {@code environment}
     * fill in what is missing. An unreadable password file is a {@link StoreException} naming the
     * file, never its content.
     */
    public static DatabaseTarget of(String url, String user, Path passwordFile, Map<String, String> environment) {
        String password = passwordFile == null ? null : readPassword(passwordFile);
        if (StoreDialect.of(url) == StoreDialect.POSTGRESQL) {
            user = user != null ? user : blankToNull(environment.get("PGUSER"));
            password = password != null ? password : blankToNull(environment.get("PGPASSWORD"));
            url = withEnvironmentAddress(url.trim(), environment);
        }
        return new DatabaseTarget(url, user, password);
    }

    /** Which database this is. */
    public StoreDialect dialect() {
        return StoreDialect.of(url);
    }

    /** The URL to show: any password in it replaced by {@code ***}. */
    public String display() {
        return maskUrl(url);
    }

    /** {@code text} with this target's password, wherever it appears, replaced by {@code ***}. */
    public String mask(String text) {
        String masked = maskUrl(text);
        return password == null || password.isEmpty() ? masked : masked.replace(password, HIDDEN);
    }

    /** What the driver is given besides the URL: the user and password, and the name the server shows for us. */
    Properties connectionProperties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (dialect() == StoreDialect.POSTGRESQL) {
            properties.setProperty("ApplicationName", "perfgate tracker");
            properties.setProperty("connectTimeout", "10");
        }
        return properties;
    }

    @Override
    public String toString() {
        return display() + (user == null ? "" : " as " + user);
    }

    /** Any {@code password=} parameter of a URL (or of text holding one) replaced by {@code ***}. */
    static String maskUrl(String text) {
        return text == null ? null : URL_PASSWORD.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN));
    }

    /** {@code jdbc:postgresql:} (nothing after it but parameters) is the server that PGHOST, PGPORT and PGDATABASE name. */
    private static String withEnvironmentAddress(String url, Map<String, String> environment) {
        String rest = url.substring(StoreDialect.POSTGRESQL.prefix().length());
        if (!rest.isEmpty() && !rest.startsWith("?")) {
            return url;
        }
        String host = blankToNull(environment.get("PGHOST"));
        if (host != null && host.startsWith("/")) {
            throw new StoreException("PGHOST=" + host + " names a Unix socket directory, which the PostgreSQL JDBC driver"
                    + " cannot use: set PGHOST to a host name or address, or give --db jdbc:postgresql://HOST:PORT/DATABASE");
        }
        String port = blankToNull(environment.get("PGPORT"));
        String database = blankToNull(environment.get("PGDATABASE"));
        if (database == null) {
            database = blankToNull(environment.get("PGUSER")); // libpq's default: the database named like the user
        }
        return StoreDialect.POSTGRESQL.prefix() + "//" + (host == null ? "localhost" : host)
                + (port == null ? "" : ":" + port) + "/" + (database == null ? "" : database) + rest;
    }

    private static String readPassword(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int end = content.indexOf('\n');
            String line = end < 0 ? content : content.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw new StoreException("cannot read --db-password-file " + file + ": " + FileProblem.describe(e), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
