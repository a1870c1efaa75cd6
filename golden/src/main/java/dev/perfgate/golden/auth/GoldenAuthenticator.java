package dev.perfgate.golden.auth;

import dev.perfgate.auth.Claims;
import dev.perfgate.auth.RejectionReason;
import dev.perfgate.auth.TokenRejectedException;
import dev.perfgate.auth.TokenValidator;
import dev.perfgate.breaker.CallNotPermittedException;
import dev.perfgate.budget.Deadline;
import dev.perfgate.handshake.AuthOutcome;
import dev.perfgate.handshake.CredentialValidator;
import dev.perfgate.time.NanoClock;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The golden path's credential validator: the bearer token is validated locally by core's
 * {@link TokenValidator} (refetching the JWK Set, rate limited, when it names an unknown kid), then
 * the auth service is asked whether the session is active ({@link SessionCheck}). Every refusal
 * becomes a {@link Denial} with its close code. Reports exactly once per credential, on the calling
 * thread for a local rejection and on an HTTP client thread otherwise.
 *
 * <p>Thread-safe; one instance serves every connection.
 */
public final class GoldenAuthenticator implements CredentialValidator {

    private final KeySetClient keys;
    private final SessionCheck sessions;
    private final Duration handshakeTimeout;
    private final NanoClock clock;
    private final LongAdder granted = new LongAdder();
    private final Map<Denial, LongAdder> denied = new EnumMap<>(Denial.class);

    public GoldenAuthenticator(KeySetClient keys, SessionCheck sessions, Duration handshakeTimeout, NanoClock clock) {
        this.keys = keys;
        this.sessions = sessions;
        this.handshakeTimeout = handshakeTimeout;
        this.clock = clock;
        for (Denial denial : Denial.values()) {
            denied.put(denial, new LongAdder());
        }
    }

    @Override
    public void validate(String credential, Consumer<AuthOutcome> onResult) {
        // Starts microseconds after the connection opened (the driver calls this right after open),
        // so the session check can never outlive the handshake's own deadline.
        Deadline deadline = Deadline.within(handshakeTimeout, clock);
        Claims claims;
        try {
            claims = keys.current().validate(credential);
        } catch (TokenRejectedException e) {
            if (e.reason() != RejectionReason.UNKNOWN_KEY) {
                onResult.accept(deny(Denial.TOKEN_REJECTED, e.reason().name()));
                return;
            }
            keys.refreshForUnknownKey().whenComplete((validator, failure) -> {
                try {
                    checkSession(validator.validate(credential), deadline, onResult);
                } catch (TokenRejectedException again) {
                    onResult.accept(deny(Denial.TOKEN_REJECTED, again.reason().name()));
                }
            });
            return;
        }
        checkSession(claims, deadline, onResult);
    }

    private void checkSession(Claims claims, Deadline deadline, Consumer<AuthOutcome> onResult) {
        String subject = claims.subject().orElse("");
        sessions.check(subject, deadline).whenComplete((status, failure) -> {
            if (failure == null) {
                if (status == SessionStatus.ACTIVE) {
                    granted.increment();
                    onResult.accept(AuthOutcome.GRANTED);
                } else {
                    onResult.accept(deny(Denial.SESSION_REVOKED, null));
                }
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            onResult.accept(deny(denialOf(cause), null));
        });
    }

    private static Denial denialOf(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return Denial.AUTH_TIMEOUT;
        }
        if (cause instanceof CallNotPermittedException) {
            return Denial.AUTH_UNAVAILABLE;
        }
        if (cause instanceof SessionCheck.DeadlineSpentException) {
            return Denial.DEADLINE_SPENT;
        }
        return Denial.AUTH_SERVICE_FAILED;
    }

    private AuthOutcome deny(Denial denial, String detail) {
        denied.get(denial).increment();
        return denial.outcome(detail);
    }

    /** Credentials granted so far. */
    public long granted() {
        return granted.sum();
    }

    /** Credentials denied so far for {@code denial}. */
    public long denied(Denial denial) {
        return denied.get(denial).sum();
    }
}
