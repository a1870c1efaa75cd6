package dev.perfgate.breaker;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one call under one permit and reports it exactly once, timed on the breaker's clock when
 * timing is needed (see {@link CircuitBreaker#times}). This is the only way outside this package
 * to use a breaker, so no caller can report a call twice or forget to report it: a CLOSED permit
 * is one shared instance (acquiring allocates nothing), and the breaker could not tell a second
 * report of it from a new call. Stateless beyond its breaker; thread-safe.
 */
final class GuardedCalls {

    private final CircuitBreaker breaker;
    private final CallClassifier classifier;

    GuardedCalls(CircuitBreaker breaker, CallClassifier classifier) {
        this.breaker = breaker;
        this.classifier = classifier;
    }

    <T> T supplier(Supplier<T> call, Function<? super Rejection, ? extends T> whenRejected) {
        Permit permit = breaker.tryAcquire();
        if (!(permit instanceof GrantedPermit granted)) {
            return whenRejected.apply((Rejection) permit);
        }
        boolean timed = breaker.times(granted);
        long start = timed ? breaker.startOf(granted) : 0;
        T result;
        try {
            result = call.get();
        } catch (Throwable t) {
            reportThrown(granted, t, timed, start);
            throw t;
        }
        breaker.onOutcome(granted, classifier.isFailedResult(result), null, timed, start);
        return result;
    }

    <T> T callable(Callable<T> call) throws Exception {
        Permit permit = breaker.tryAcquire();
        if (!(permit instanceof GrantedPermit granted)) {
            throw CallNotPermittedException.of((Rejection) permit);
        }
        boolean timed = breaker.times(granted);
        long start = timed ? breaker.startOf(granted) : 0;
        T result;
        try {
            result = call.call();
        } catch (Throwable t) {
            reportThrown(granted, t, timed, start);
            throw t;
        }
        breaker.onOutcome(granted, classifier.isFailedResult(result), null, timed, start);
        return result;
    }

    <T> CompletionStage<T> stage(Supplier<? extends CompletionStage<T>> call) {
        Permit permit = breaker.tryAcquire();
        if (!(permit instanceof GrantedPermit granted)) {
            return CompletableFuture.failedFuture(CallNotPermittedException.of((Rejection) permit));
        }
        boolean timed = breaker.times(granted);
        long start = timed ? breaker.startOf(granted) : 0;
        CompletionStage<T> stage;
        try {
            stage = call.get();
        } catch (Throwable t) {
            reportThrown(granted, t, timed, start);
            return CompletableFuture.failedFuture(t);
        }
        if (stage == null) {
            NullPointerException missing = new NullPointerException("the guarded call returned no CompletionStage");
            breaker.onOutcome(granted, true, missing, timed, start);
            return CompletableFuture.failedFuture(missing);
        }
        // A stage completes once, so this reports once, whenever and on whichever thread it completes.
        return stage.whenComplete((result, failure) -> {
            if (failure == null) {
                breaker.onOutcome(granted, classifier.isFailedResult(result), null, timed, start);
            } else {
                reportThrown(granted, unwrap(failure), timed, start);
            }
        });
    }

    private void reportThrown(GrantedPermit permit, Throwable thrown, boolean timed, long start) {
        if (classifier.isIgnored(thrown)) {
            breaker.onIgnored(permit, thrown, timed, start);
        } else {
            breaker.onOutcome(permit, classifier.isFailure(thrown), thrown, timed, start);
        }
    }

    /** A dependent stage sees its source's exception wrapped; classify what the call threw. */
    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
