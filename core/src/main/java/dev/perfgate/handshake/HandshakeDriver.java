package dev.perfgate.handshake;

import dev.perfgate.time.NanoClock;
import java.util.Objects;

/**
 * Wires a connection's handshake to the pluggable parts: the deadline budget, the deadline timer
 * and the credential validator. One driver serves every connection of a server.
 *
 * <p>Thread-safe when its parts are. The order matters and is fixed here: the connection enters
 * AUTHENTICATING before the validator sees the credential, so a validator that answers at once,
 * on any thread, can never complete an authentication that has not begun.
 *
 * @param <F> the frame type
 */
public final class HandshakeDriver<F> {

    private final HandshakeConfig config;
    private final NanoClock clock;
    private final HandshakeBudget budget;
    private final DeadlineTimer timer;
    private final CredentialValidator validator;

    public HandshakeDriver(HandshakeConfig config, NanoClock clock, HandshakeBudget budget,
                           DeadlineTimer timer, CredentialValidator validator) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** A NEW connection whose deadline, from the budget, is already scheduled on the timer. */
    public HandshakeConnection<F> open(FrameSink<? super F> sink) {
        HandshakeConnection<F> connection =
                new HandshakeConnection<>(config, budget.deadlineNanos(clock.nanoTime()), clock, sink);
        timer.schedule(connection.deadlineNanos(), connection::deadlinePassed);
        return connection;
    }

    /**
     * Upgrades the transport and starts validating {@code credential}. Returns the first refused
     * transition (the connection had already failed or closed), else the move to AUTHENTICATING;
     * the validator's answer later moves the connection to READY or FAILED.
     */
    public TransitionResult upgrade(HandshakeConnection<F> connection, String credential) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(credential, "credential");
        TransitionResult accepted = connection.accept();
        if (!accepted.applied()) {
            return accepted;
        }
        TransitionResult authenticating = connection.beginAuthentication();
        if (authenticating.applied()) {
            validator.validate(credential, connection::completeAuthentication);
        }
        return authenticating;
    }
}
