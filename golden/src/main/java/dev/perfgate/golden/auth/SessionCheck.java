package dev.perfgate.golden.auth;

import dev.perfgate.breaker.CircuitBreaker;
import dev.perfgate.budget.ColdStartTimeouts;
import dev.perfgate.budget.Deadline;
import dev.perfgate.budget.Remaining;
import dev.perfgate.time.NanoClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.HdrHistogram.Recorder;

/**
 * The session-check call to the auth service: guarded by core's {@link CircuitBreaker}, its
 * timeout the cold-start-aware one from {@link ColdStartTimeouts}, cut to what is left of the
 * handshake's {@link Deadline}. Every answer (200, 403 or 5xx, not a timeout) tells the timeouts
 * the service is warm; a 5xx and a timeout count as breaker failures, a 403 does not. Answered
 * checks are timed into a {@link Recorder}: the auth service's response time as the server sees it.
 *
 * <p>Thread-safe: every part is.
 */
public final class SessionCheck {

    private final HttpClient http;
    private final URI sessionUri;
    private final CircuitBreaker breaker;
    private final ColdStartTimeouts timeouts;
    private final NanoClock clock;
    private final Recorder latency = new Recorder(3);

    public SessionCheck(HttpClient http, URI sessionUri, CircuitBreaker breaker, ColdStartTimeouts timeouts,
                        NanoClock clock) {
        this.http = http;
        this.sessionUri = sessionUri;
        this.breaker = breaker;
        this.timeouts = timeouts;
        this.clock = clock;
    }

    /**
     * Asks whether {@code subject}'s session is active. The stage fails with
     * {@link DeadlineSpentException} when nothing is left of the deadline (no call is made),
     * {@code CallNotPermittedException} when the breaker refuses, {@code HttpTimeoutException}
     * on timeout and {@link AuthServiceException} on a 5xx.
     */
    public CompletionStage<SessionStatus> check(String subject, Deadline deadline) {
        Remaining timeout = deadline.timeoutFor(timeouts.nextTimeoutNanos());
        if (!(timeout instanceof Remaining.Left left)) {
            return CompletableFuture.failedFuture(new DeadlineSpentException());
        }
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(sessionUri + "?sub=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)))
                .timeout(left.toDuration()).GET().build();
        return breaker.executeCompletionStage(() -> {
            long start = clock.nanoTime();
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(response -> {
                latency.recordValue(Math.max(0, clock.nanoTime() - start));
                timeouts.serviceAnswered();
                return switch (response.statusCode()) {
                    case 200 -> SessionStatus.ACTIVE;
                    case 403 -> SessionStatus.REVOKED;
                    default -> throw new AuthServiceException(response.statusCode());
                };
            });
        });
    }

    /** The answered checks' latencies in nanoseconds since the last call; resets the recorder. */
    public org.HdrHistogram.Histogram takeLatencies() {
        return latency.getIntervalHistogram();
    }

    /** Nothing was left of the handshake deadline for a session check. Immutable; thread-safe. */
    public static final class DeadlineSpentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DeadlineSpentException() {
            super("nothing left of the handshake deadline", null, false, false);
        }
    }
}
