package dev.perfgate.handshake;

/**
 * Whether a connection records when it enters each state. Recording costs one clock read per
 * transition and a small array per connection; the tracker's handshake-latency chart needs it.
 * Immutable and thread-safe.
 */
public enum StateTiming {
    /** Record each state's entry time. */
    ON,
    /** Record nothing: transitions cost one CAS and no clock read. */
    OFF
}
