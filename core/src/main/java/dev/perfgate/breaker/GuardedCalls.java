package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one call under one permit and reports it exactly once, timed on the breaker's clock.
 * This is the only way outside this package to use a breaker, so no caller can report a call
 * twice or forget to report it: a CLOSED permit is one shared instance (acquiring allocates
 * nothing), and the breaker could not tell a second report of it from a new call.
 * Stateless beyond its breaker; thread-safe.
 */
final class GuardedCalls {

    private final CircuitBreaker breaker;
    private final NanoClock clock;
    private final CallClassifier classifier;

    GuardedCalls(CircuitBreaker breaker, NanoClock clock, CallClassifier classifier) {
        this.breaker = breaker;
        this.clock = clock;
        this.classifier = classifier;
    }

    <T> T supplier(Supplier<T> call, Function<? super Rejection, ? extends T> whenRejected) {
        Permit permit = breaker.tryAcquire();
        if (!(permit instanceof GrantedPermit granted)) {
            return whenRejected.apply((Rejection) permit);
        }
        long start = clock.nanoTime();
        T result;
        try {
            result = call.get();
        } catch (Throwable t) {
            report(granted, classifier.isFailure(t), start);
            throw t;
        }
        report(granted, classifier.isFailedResult(result), start);
        return result;
    }

    <T> T callable(Callable<T> call) throws Exception {
        Permit permit = breaker.tryAcquire();
        if (!(permit instanceof GrantedPermit granted)) {
            throw CallNotPermittedException.of((Rejection) permit);
        }
        long start = clock.nanoTime();
        T result;
        try {
            result = call.call();
        } catch (Throwable t) {
            report(granted, classifier.isFailure(t), start);
            throw t;
        }
        report(granted, classifier.isFailedResult(result), start);
        return result;
    }

    <T> CompletionStage<T> stage(Supplier<? extends CompletionStage<T>> call) {
        Permit permit = breaker.tryAcquire();
        if (!(permit instanceof GrantedPermit granted)) {
            return CompletableFuture.failedFuture(CallNotPermittedException.of((Rejection) permit));
        }
        long start = clock.nanoTime();
        CompletionStage<T> stage;
        try {
            stage = call.get();
        } catch (Throwable t) {
            report(granted, classifier.isFailure(t), start);
            return CompletableFuture.failedFuture(t);
        }
        if (stage == null) {
            breaker.onFailure(granted, elapsedSince(start));
            return CompletableFuture.failedFuture(new NullPointerException("the guarded call returned no CompletionStage"));
        }
        // A stage completes once, so this reports once, whenever and on whichever thread it completes.
        return stage.whenComplete((result, failure) -> report(granted,
                failure == null ? classifier.isFailedResult(result) : classifier.isFailure(unwrap(failure)), start));
    }

    private void report(GrantedPermit permit, boolean failed, long start) {
        if (failed) {
            breaker.onFailure(permit, elapsedSince(start));
        } else {
            breaker.onSuccess(permit, elapsedSince(start));
        }
    }

    /** A dependent stage sees its source's exception wrapped; classify what the call threw. */
    private static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    private long elapsedSince(long start) {
        return Math.max(0, clock.nanoTime() - start);
    }
}
