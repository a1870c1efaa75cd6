package dev.perfgate.tracker.store;

import java.util.Map;

/**
 * Where the history database is: the {@code --db} option's value when given, else the
 * environment variable {@value #ENVIRONMENT_VARIABLE}, else {@value #DEFAULT_URL} (an embedded H2
 * file, {@code .perfgate/history.mv.db} under the working directory). Thread-safe (stateless).
 */
public final class DatabaseLocation {

    public static final String ENVIRONMENT_VARIABLE = "PERFGATE_DB";
    public static final String DEFAULT_URL = "jdbc:h2:file:./.perfgate/history";

    private DatabaseLocation() {}

    /** The JDBC URL for an option value that may be {@code null}, using this process's environment. */
    public static String resolve(String optionValue) {
        return resolve(optionValue, System.getenv());
    }

    /** As {@link #resolve(String)} with an explicit environment (for tests and embedding). */
    public static String resolve(String optionValue, Map<String, String> environment) {
        if (optionValue != null && !optionValue.isBlank()) {
            return optionValue.trim();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        return DEFAULT_URL;
    }
}
