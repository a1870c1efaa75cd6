package dev.perfgate.golden.auth;

import dev.perfgate.auth.TokenValidator;
import dev.perfgate.time.NanoClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Holds the server's {@link TokenValidator}, built from the auth service's JWK Set: fetched once at
 * start, and fetched again when a token names a {@code kid} the set does not hold (a key rotation),
 * at most once per {@code minRefetchInterval} however many such tokens arrive, so a flood of tokens
 * with made-up kids cannot turn into a flood of JWKS requests. Concurrent refetches share one
 * request. Thread-safe: the validator is swapped atomically and is itself immutable.
 */
public final class KeySetClient {

    private final HttpClient http;
    private final URI jwksUri;
    private final NanoClock clock;
    private final long minRefetchNanos;
    private final AtomicReference<TokenValidator> validator = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<TokenValidator>> inFlight = new AtomicReference<>();
    private final LongAdder fetches = new LongAdder();
    private final LongAdder refetchesRefused = new LongAdder();
    private volatile long lastFetchNanos;

    private KeySetClient(HttpClient http, URI jwksUri, NanoClock clock, Duration minRefetchInterval) {
        this.http = http;
        this.jwksUri = jwksUri;
        this.clock = clock;
        this.minRefetchNanos = minRefetchInterval.toNanos();
    }

    /**
     * Fetches the JWK Set now and builds the first validator.
     *
     * @throws IOException when the auth service cannot be reached or the set is not valid
     */
    public static KeySetClient start(HttpClient http, URI jwksUri, NanoClock clock, Duration minRefetchInterval)
            throws IOException, InterruptedException {
        KeySetClient client = new KeySetClient(http, jwksUri, clock, minRefetchInterval);
        HttpResponse<String> response = http.send(client.request(), HttpResponse.BodyHandlers.ofString());
        client.validator.set(client.build(response));
        return client;
    }

    /** The validator of the latest JWK Set. */
    public TokenValidator current() {
        return validator.get();
    }

    /**
     * A validator from a fresh JWK Set, if the rate limit allows a fetch now; otherwise (or when the
     * fetch fails) the current one, so the caller re-validates once and rejects on the same key.
     */
    public CompletableFuture<TokenValidator> refreshForUnknownKey() {
        CompletableFuture<TokenValidator> running = inFlight.get();
        if (running != null) {
            return running;
        }
        long now = clock.nanoTime();
        if (now - lastFetchNanos < minRefetchNanos) {
            refetchesRefused.increment();
            return CompletableFuture.completedFuture(validator.get());
        }
        CompletableFuture<TokenValidator> fetch = new CompletableFuture<>();
        if (!inFlight.compareAndSet(null, fetch)) {
            return inFlight.get() != null ? inFlight.get() : CompletableFuture.completedFuture(validator.get());
        }
        http.sendAsync(request(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            TokenValidator next = validator.get();
            if (failure == null) {
                try {
                    next = build(response);
                    validator.set(next);
                } catch (IOException | RuntimeException e) {
                    // keep the keys we have: a bad set must not lock every user out
                }
            }
            inFlight.set(null);
            fetch.complete(next);
            return null;
        });
        return fetch;
    }

    /** JWK Set requests made, the first included. */
    public long fetches() {
        return fetches.sum();
    }

    /** Refetches asked for within {@code minRefetchInterval} of the last one, and not made. */
    public long refetchesRefused() {
        return refetchesRefused.sum();
    }

    private HttpRequest request() {
        fetches.increment();
        lastFetchNanos = clock.nanoTime();
        return HttpRequest.newBuilder(jwksUri).timeout(Duration.ofSeconds(5)).GET().build();
    }

    private TokenValidator build(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(jwksUri + " answered " + response.statusCode() + ", expected 200 with a JWK Set");
        }
        try {
            return TokenValidator.builder()
                    .jwkSet(response.body())
                    .issuers(SigningKey.ISSUER)
                    .audiences(SigningKey.AUDIENCE)
                    .requiredClaims("exp", "sub")
                    .expectedTypes(TokenValidator.TypePresence.REQUIRED, "at+jwt")
                    .build();
        } catch (IllegalArgumentException e) {
            throw new IOException(jwksUri + ": " + e.getMessage(), e);
        }
    }
}
