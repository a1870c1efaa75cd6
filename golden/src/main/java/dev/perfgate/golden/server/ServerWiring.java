package dev.perfgate.golden.server;

import dev.perfgate.handshake.CredentialValidator;
import dev.perfgate.handshake.HandshakeBudget;
import dev.perfgate.handshake.HandshakeConfig;
import dev.perfgate.time.NanoClock;

/**
 * The parts every connection of a {@link GoldenServer} shares: the handshake's frame bounds, the
 * one clock, the deadline budget, the authenticator and the counters. Immutable and thread-safe
 * when its parts are.
 *
 * @param config        early-frame bounds and timing
 * @param clock         the clock of the handshake, its deadline and the auth budget
 * @param budget        by when a connection must be READY
 * @param authenticator validates each connection's bearer token
 * @param counters      where every connection adds what it saw
 */
public record ServerWiring(HandshakeConfig config, NanoClock clock, HandshakeBudget budget,
                           CredentialValidator authenticator, ServerCounters counters) {
}
