package dev.perfgate.golden.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.perfgate.time.NanoClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * A small real auth service on loopback, on the JDK's {@link HttpServer}: {@code GET /jwks} serves
 * the JWK Set of its signing keys, {@code GET /session?sub=NAME} answers whether that subject's
 * session is active (200), revoked (403, for subjects starting {@code revoked-}) or, injected, that
 * the service failed (503). Session checks take the time an {@link AuthBehaviour} gives them,
 * cold starts included; {@link #outage(boolean)} makes every check fail at once until it is lifted.
 *
 * <p>Thread-safe. Each request runs on a thread of its own pool, so a cold start holds as many
 * threads as checks are waiting, as the real service would hold connections.
 */
public final class AuthService implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool;
    private final LatencyModel latency;
    private final List<SigningKey> keys = new CopyOnWriteArrayList<>();
    private final LongAdder jwksRequests = new LongAdder();
    private final LongAdder sessionChecks = new LongAdder();
    private final LongAdder failedChecks = new LongAdder();
    private volatile boolean outage;

    private AuthService(HttpServer server, ExecutorService pool, LatencyModel latency, SigningKey key) {
        this.server = server;
        this.pool = pool;
        this.latency = latency;
        this.keys.add(key);
    }

    /** Starts the service on an ephemeral loopback port, signing with {@code key}. */
    public static AuthService start(AuthBehaviour behaviour, SigningKey key, NanoClock clock, long seed) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "auth-service-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        AuthService service = new AuthService(server, pool, new LatencyModel(behaviour, clock, seed), key);
        server.setExecutor(pool);
        server.createContext("/jwks", service::jwks);
        server.createContext("/session", service::session);
        server.start();
        return service;
    }

    /** Where the JWK Set is served. */
    public URI jwksUri() {
        return base().resolve("/jwks");
    }

    /** Where session checks go. */
    public URI sessionUri() {
        return base().resolve("/session");
    }

    private URI base() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
    }

    /** Publishes another signing key beside the current ones (a key rotation). */
    public void addKey(SigningKey key) {
        keys.add(key);
    }

    /** While true, every session check fails at once with 503. */
    public void outage(boolean on) {
        outage = on;
    }

    public long jwksRequests() {
        return jwksRequests.sum();
    }

    public long sessionChecks() {
        return sessionChecks.sum();
    }

    /** Checks answered 503, injected or during an outage. */
    public long failedChecks() {
        return failedChecks.sum();
    }

    /** How many cold starts the service went through. */
    public long coldStarts() {
        return latency.coldStarts();
    }

    private void jwks(HttpExchange exchange) throws IOException {
        jwksRequests.increment();
        String body = keys.stream().map(SigningKey::publicJwk).collect(Collectors.joining(",", "{\"keys\":[", "]}"));
        respond(exchange, 200, body);
    }

    private void session(HttpExchange exchange) throws IOException {
        sessionChecks.increment();
        if (outage) {
            failedChecks.increment();
            respond(exchange, 503, "{\"error\":\"outage\"}");
            return;
        }
        LatencyModel.Answer answer = latency.next();
        try {
            TimeUnit.NANOSECONDS.sleep(answer.waitNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        if (answer.fail() || outage) {
            failedChecks.increment();
            respond(exchange, 503, "{\"error\":\"injected failure\"}");
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        String subject = query != null && query.startsWith("sub=") ? query.substring(4) : "";
        if (subject.isEmpty()) {
            respond(exchange, 400, "{\"error\":\"query parameter sub is required\"}");
        } else if (subject.startsWith("revoked-")) {
            respond(exchange, 403, "{\"active\":false}");
        } else {
            respond(exchange, 200, "{\"active\":true}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
