package dev.perfgate.golden.scenario;

import dev.perfgate.breaker.CircuitBreaker;
import dev.perfgate.budget.ColdStartTimeouts;
import dev.perfgate.golden.auth.AuthService;
import dev.perfgate.golden.auth.GoldenAuthenticator;
import dev.perfgate.golden.auth.KeySetClient;
import dev.perfgate.golden.auth.SessionCheck;
import dev.perfgate.golden.auth.SigningKey;
import dev.perfgate.golden.server.GoldenServer;
import dev.perfgate.golden.server.ServerCounters;
import dev.perfgate.golden.server.ServerWiring;
import dev.perfgate.handshake.HandshakeBudget;
import dev.perfgate.time.NanoClock;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One golden path, wired and running on loopback: the auth service, the JWK Set client and token
 * validator, the breaker and cold-start timeouts around the session check, and the WebSocket
 * server whose handshake uses them all, every part on the one {@link NanoClock}. Also mints the
 * tokens clients present: valid ones, ones signed by a key the service never published, and ones
 * for revoked sessions. Thread-safe; close it to stop everything it started.
 */
public final class GoldenPath implements AutoCloseable {

    private final GoldenSettings settings;
    private final SigningKey key;
    private final SigningKey rogue = SigningKey.generate("rogue-key");
    private final AuthService auth;
    private final ExecutorService httpPool;
    private final KeySetClient keys;
    private final CircuitBreaker breaker;
    private final SessionCheck sessions;
    private final GoldenAuthenticator authenticator;
    private final GoldenServer server;
    private final TransitionLog transitions;

    private GoldenPath(GoldenSettings settings, long seed) throws IOException, InterruptedException {
        NanoClock clock = NanoClock.SYSTEM;
        this.settings = settings;
        this.transitions = new TransitionLog();
        this.key = SigningKey.generate("key-1");
        this.auth = AuthService.start(settings.auth(), key, clock, seed);
        this.httpPool = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "auth-client");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).executor(httpPool).build();
        this.keys = KeySetClient.start(http, auth.jwksUri(), clock, settings.jwksRefetch());
        this.breaker = new CircuitBreaker(settings.breaker(), clock);
        breaker.addListener(transitions);
        this.sessions = new SessionCheck(http, auth.sessionUri(), breaker,
                new ColdStartTimeouts(settings.timeouts(), clock), clock);
        this.authenticator = new GoldenAuthenticator(keys, sessions, settings.handshakeTimeout(), clock);
        this.server = GoldenServer.start(new ServerWiring(settings.handshake(), clock,
                HandshakeBudget.fixed(settings.handshakeTimeout()), authenticator, new ServerCounters()), 2);
    }

    /** Starts every part; the auth service is cold (if its behaviour has cold starts) until first called. */
    public static GoldenPath start(GoldenSettings settings, long seed) throws IOException, InterruptedException {
        return new GoldenPath(settings, seed);
    }

    /** A valid token for user {@code i}. */
    public String token(long i) {
        return key.mint("user-" + i, Instant.now(), Duration.ofHours(1));
    }

    /** A token signed by a key the auth service never published: refused as an unknown kid. */
    public String rogueToken(long i) {
        return rogue.mint("user-" + i, Instant.now(), Duration.ofHours(1));
    }

    /** A valid token whose session the auth service reports revoked. */
    public String revokedToken(long i) {
        return key.mint("revoked-" + i, Instant.now(), Duration.ofHours(1));
    }

    public GoldenSettings settings() {
        return settings;
    }

    public AuthService auth() {
        return auth;
    }

    public KeySetClient keys() {
        return keys;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public SessionCheck sessions() {
        return sessions;
    }

    public GoldenAuthenticator authenticator() {
        return authenticator;
    }

    public GoldenServer server() {
        return server;
    }

    public TransitionLog transitions() {
        return transitions;
    }

    @Override
    public void close() {
        server.close();
        auth.close();
        httpPool.shutdownNow();
    }
}
