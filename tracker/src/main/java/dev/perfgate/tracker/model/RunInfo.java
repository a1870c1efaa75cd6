package dev.perfgate.tracker.model;

import java.time.Instant;

/**
 * Who, when and where of a run. {@code id} is {@code 0} until the store assigns one; commit,
 * branch and label may be {@code null}. Immutable.
 */
public record RunInfo(long id, Instant time, String commit, String branch, String label, Environment environment) {

    public RunInfo withId(long newId) {
        return new RunInfo(newId, time, commit, branch, label, environment);
    }
}
