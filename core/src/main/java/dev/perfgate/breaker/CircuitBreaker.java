package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A circuit breaker guarding calls to a remote service (the auth service): CLOSED → OPEN on
 * consecutive failures or on failure/slow-call rates over a sliding window, OPEN → HALF_OPEN
 * lazily once the wait has passed, HALF_OPEN → CLOSED after enough probe successes or back to
 * OPEN on a probe failure or expiry.
 *
 * <p>Use: {@code breaker.executeSupplier(() -> auth.validate(token))}, or decorate once and call
 * the decorated function many times ({@link #decorateSupplier}, {@link #decorateCallable},
 * {@link #decorateCompletionStage}). Each call is timed on the breaker's clock and reported
 * exactly once: an exception (or an exceptionally completed stage) is a failure and a result is
 * not, unless a {@link CallClassifier} says otherwise; a call slower than
 * {@link BreakerConfig#slowCallDuration()} is slow. A refused call is not made: it throws
 * {@link CallNotPermittedException} (a shared instance), or returns the fallback given to
 * {@link #executeSupplier(Supplier, Function)}. Acquiring and reporting by hand is not offered:
 * a CLOSED permit is one shared instance (so acquiring allocates nothing), and a report made
 * twice could not be told from two calls.
 *
 * <p>Two failure modes of the common peers are designed out:
 * <ul>
 * <li><b>Stale results.</b> Each permit carries the generation that granted it, and every state
 *     change starts a new generation; a result for an earlier generation is counted in
 *     {@link BreakerMetrics#staleResults()} and moves nothing. resilience4j 2.x and Failsafe 3.x
 *     attribute a late success of a call admitted while CLOSED to the HALF_OPEN state and may
 *     close the breaker on it although no probe succeeded.</li>
 * <li><b>Wedged HALF_OPEN.</b> A probe that has not reported back after
 *     {@link BreakerConfig#probeTimeout()} counts as failed: the next {@code tryAcquire} reopens
 *     the breaker, and the probe's own late report is ignored. resilience4j by default stays
 *     HALF_OPEN forever once its permitted probes never complete.</li>
 * </ul>
 * Both peer behaviours are demonstrated beside this breaker's in the benchmarks module's
 * {@code PeerFailureModesTest} (on resilience4j 2.3.0 and Failsafe 3.3.2 as pinned).
 *
 * <p>A CLOSED breaker whose full window holds only successes records a further success without
 * writing anything (see {@code CountOutcomeWindow}); that is what makes the healthy path scale
 * across threads.
 *
 * <p>Forced transitions, for operators: {@link #forceOpen()} refuses every call until told
 * otherwise (no wait ends it), {@link #disable()} permits every call and records nothing (so the
 * breaker cannot trip), and {@link #reset()} starts a fresh CLOSED generation with an empty window,
 * from any state. Each is a state change like any other: a new generation (so results of calls
 * admitted before it are stale and move nothing), one CAS, and one {@link Transition} to the
 * {@link BreakerListener}s.
 *
 * <p>Per call, {@link CallListener}s hear each outcome ({@link CallOutcome}) and each refusal;
 * {@link BreakerMetrics} counts total and rejected calls.
 *
 * <p>Thread-safe and lock-free. In CLOSED, a guarded call is one volatile read to admit, a striped
 * counter increment, and a few reads (writes only when the window changes) to record, none
 * allocating; it reads the clock twice only when slow-call detection is on or a call listener
 * is added, and never otherwise (with a time window, the window reads it once). In OPEN a
 * rejection is a volatile read plus a clock read. Only state changes (and HALF_OPEN probe
 * permits) allocate.
 */
public final class CircuitBreaker {

    private static final VarHandle PHASE;

    static {
        try {
            PHASE = MethodHandles.lookup().findVarHandle(CircuitBreaker.class, "phase", Phase.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final BreakerConfig config;
    private final NanoClock clock;
    private final long slowCallNanos;
    private final boolean detectsSlowCalls;
    private final long openWaitNanos;
    private final TransitionPublisher publisher = new TransitionPublisher();
    private final CallPublisher callPublisher = new CallPublisher();
    private final AtomicLong staleResults = new AtomicLong();
    // Striped: an OPEN breaker under load rejects on every thread at once.
    private final LongAdder rejectedCalls = new LongAdder();
    // Striped too: every admitted call counts, on every thread, and must not bounce one line.
    private final LongAdder permittedCalls = new LongAdder();
    private final GuardedCalls calls;
    private final NotClosedAdmission notClosed;
    private final ProbeReports probeReports;

    @SuppressWarnings("unused") // accessed through PHASE
    private volatile Phase phase;

    /** A breaker on {@link System#nanoTime()}. */
    public CircuitBreaker(BreakerConfig config) {
        this(config, NanoClock.SYSTEM);
    }

    /** A breaker on the given monotonic nanosecond clock (tests pass a fake one). */
    public CircuitBreaker(BreakerConfig config, NanoClock nanoClock) {
        this(config, nanoClock, CallClassifier.DEFAULT);
    }

    /** A breaker on the given clock that judges outcomes of guarded calls with {@code classifier}. */
    public CircuitBreaker(BreakerConfig config, NanoClock nanoClock, CallClassifier classifier) {
        if (config == null || nanoClock == null || classifier == null) {
            throw new IllegalArgumentException("config, nanoClock and classifier must be given");
        }
        this.config = config;
        this.clock = nanoClock;
        this.slowCallNanos = config.slowCallDuration().toNanos();
        this.detectsSlowCalls = config.slowCallDetection();
        this.openWaitNanos = config.openWait().toNanos();
        this.phase = new Phase.Closed(0, config, nanoClock);
        this.calls = new GuardedCalls(this, classifier);
        this.notClosed = new NotClosedAdmission(this, nanoClock, config.probeTimeout().toNanos());
        this.probeReports = new ProbeReports(this, config, nanoClock);
    }

    /**
     * Makes the call if the breaker admits it, and reports its outcome.
     *
     * @throws CallNotPermittedException when the breaker refuses the call (it is then not made)
     */
    public <T> T executeSupplier(Supplier<T> call) {
        return calls.supplier(call, CircuitBreaker::refuse);
    }

    /**
     * Makes the call if the breaker admits it, and reports its outcome; a refused call is not
     * made and {@code whenRejected} answers instead (nothing is thrown or allocated for it).
     */
    public <T> T executeSupplier(Supplier<T> call, Function<? super Rejection, ? extends T> whenRejected) {
        return calls.supplier(call, whenRejected);
    }

    /**
     * Makes the call if the breaker admits it, and reports its outcome.
     *
     * @throws CallNotPermittedException when the breaker refuses the call (it is then not made)
     */
    public <T> T executeCallable(Callable<T> call) throws Exception {
        return calls.callable(call);
    }

    /** Makes the call if the breaker admits it, and reports its outcome. */
    public void executeRunnable(Runnable call) {
        calls.supplier(() -> {
            call.run();
            return null;
        }, CircuitBreaker::refuse);
    }

    /**
     * Starts the asynchronous call if the breaker admits it; its outcome is reported when the
     * stage completes. A refused call is not started: the stage returned has failed with
     * {@link CallNotPermittedException}.
     */
    public <T> CompletionStage<T> executeCompletionStage(Supplier<? extends CompletionStage<T>> call) {
        return calls.stage(call);
    }

    /** {@code call} guarded by this breaker, as {@link #executeSupplier(Supplier)} on every use. */
    public <T> Supplier<T> decorateSupplier(Supplier<T> call) {
        return () -> calls.supplier(call, CircuitBreaker::refuse);
    }

    /** {@code call} guarded by this breaker, as {@link #executeCallable(Callable)} on every use. */
    public <T> Callable<T> decorateCallable(Callable<T> call) {
        return () -> calls.callable(call);
    }

    /** {@code call} guarded by this breaker, as {@link #executeCompletionStage(Supplier)} on every use. */
    public <T> Supplier<CompletionStage<T>> decorateCompletionStage(Supplier<? extends CompletionStage<T>> call) {
        return () -> calls.stage(call);
    }

    private static <T> T refuse(Rejection rejection) {
        throw CallNotPermittedException.of(rejection);
    }

    /** Asks leave to make one call; never blocks. Reporting is {@link GuardedCalls}'s job. */
    Permit tryAcquire() {
        Phase current = phase;
        if (current instanceof Phase.Closed closed) {
            permittedCalls.increment();
            return closed.permit();
        }
        Permit permit = notClosed.acquire(current);
        if (permit instanceof Rejection rejection) {
            rejectedCalls.increment();
            if (callPublisher.any()) {
                callPublisher.rejected(rejection);
            }
        } else {
            permittedCalls.increment();
        }
        return permit;
    }

    /**
     * Whether the call made under {@code permit} must be timed: a probe always is (against the
     * probe timeout, from its issue time, so that costs no clock read at its start); any other
     * call only when a slow call could be told or a call listener wants its duration.
     */
    boolean times(GrantedPermit permit) {
        return permit.isProbe() || detectsSlowCalls || callPublisher.any();
    }

    /** When the timed call made under {@code permit} started on the breaker's clock. */
    long startOf(GrantedPermit permit) {
        return permit.isProbe() ? permit.issuedAtNanos() : clock.nanoTime();
    }

    /**
     * Reports how the call made under {@code permit} ended (exactly once; {@link GuardedCalls}
     * sees to that), reading the clock once more only when the call was {@code timed}, and tells
     * the call listeners.
     */
    void onOutcome(GrantedPermit permit, boolean failed, Throwable thrown, boolean timed, long startNanos) {
        long now = timed ? clock.nanoTime() : 0;
        long elapsed = timed ? Math.max(0, now - startNanos) : -1;
        boolean slow = record(permit, failed, elapsed, now);
        if (callPublisher.any()) {
            callPublisher.call(CallOutcome.of(failed, slow), elapsed, thrown);
        }
    }

    /** The call made under {@code permit} ended in a way its classifier ignores: free its probe slot, count nothing. */
    void onIgnored(GrantedPermit permit, Throwable thrown, boolean timed, long startNanos) {
        long elapsed = timed ? Math.max(0, clock.nanoTime() - startNanos) : -1;
        Phase current = phase;
        if (current.generation() != permit.generation()) {
            staleResults.incrementAndGet();
        } else if (permit.isProbe() && !((Phase.HalfOpen) current).probes().release(permit)) {
            staleResults.incrementAndGet();
        }
        if (callPublisher.any()) {
            callPublisher.call(CallOutcome.IGNORED, elapsed, thrown);
        }
    }

    /** Reports that the call made under {@code permit} succeeded after {@code elapsedNanos} (tests). */
    void onSuccess(Permit permit, long elapsedNanos) {
        record(granted(permit, elapsedNanos), false, elapsedNanos, clock.nanoTime());
    }

    /** Reports that the call made under {@code permit} failed (or timed out) after {@code elapsedNanos} (tests). */
    void onFailure(Permit permit, long elapsedNanos) {
        record(granted(permit, elapsedNanos), true, elapsedNanos, clock.nanoTime());
    }

    private static GrantedPermit granted(Permit permit, long elapsedNanos) {
        if (!(permit instanceof GrantedPermit granted)) {
            throw new IllegalArgumentException("only a granted permit can be reported, got " + permit);
        }
        if (elapsedNanos < 0) {
            throw new IllegalArgumentException("elapsedNanos must not be negative, was " + elapsedNanos);
        }
        return granted;
    }

    /**
     * The current state. An OPEN breaker whose wait has passed moves to HALF_OPEN on this look
     * (as on a call), so the state tells the truth even when no traffic comes.
     */
    public BreakerState state() {
        return current().state();
    }

    /** The phase, after moving an OPEN one whose wait has passed on to HALF_OPEN. */
    private Phase current() {
        Phase current = phase;
        if (current instanceof Phase.Open open) {
            long now = clock.nanoTime();
            if (now - open.openUntilNanos() >= 0) {
                endWait(open, now);
                return phase;
            }
        }
        return current;
    }

    public BreakerConfig config() {
        return config;
    }

    /** Adds a listener told about every later state change, forced ones included. */
    public void addListener(BreakerListener listener) {
        publisher.add(listener);
    }

    /** Adds a listener told about every later call: each outcome, and each refusal. */
    public void addCallListener(CallListener listener) {
        callPublisher.add(listener);
    }

    /** A lock-free snapshot of state and counters. */
    public BreakerMetrics metrics() {
        long rejected = rejectedCalls.sum();
        return BreakerMetrics.of(current(), config.successesToClose(), staleResults.get(),
                permittedCalls.sum() + rejected, rejected, publisher.failures() + callPublisher.failures());
    }

    /**
     * Forces the breaker OPEN: every call is refused ({@link Rejection#FORCED_OPEN}) until
     * {@link #reset()} or {@link #disable()}; no wait ends it and no probe is admitted. Results of
     * calls admitted before are stale. Returns false, changing nothing, when it already was.
     */
    public boolean forceOpen() {
        return force(ForcedTransition.FORCE_OPEN);
    }

    /**
     * Disables the breaker: every call is permitted and nothing is recorded, so it cannot trip,
     * until {@link #reset()} or {@link #forceOpen()}. Calls are still counted in
     * {@link BreakerMetrics#totalCalls()} and told to {@link CallListener}s. Returns false,
     * changing nothing, when it already was.
     */
    public boolean disable() {
        return force(ForcedTransition.DISABLE);
    }

    /**
     * Starts a fresh CLOSED generation with an empty window and no run of failures, from any
     * state (a CLOSED breaker too: its window is emptied). Results of calls admitted before are
     * stale. Counters of {@link BreakerMetrics} that run since the breaker was made are kept.
     */
    public void reset() {
        force(ForcedTransition.RESET);
    }

    /** Moves from whatever the phase is on to where {@code transition} goes, unless it is there already. */
    private boolean force(ForcedTransition transition) {
        for (;;) { // lock-free: a failed CAS means another thread changed the state meanwhile
            Phase current = phase;
            if (transition.alreadyIn(current)) {
                return false;
            }
            if (moveTo(current, transition.next(current, config, clock), transition.cause(), clock.nanoTime())) {
                return true;
            }
        }
    }

    /**
     * Records one outcome; returns whether the call was slow. {@code elapsedNanos} is -1 for a
     * call that was not timed (never a probe); {@code nowNanos} is read for probes only.
     */
    private boolean record(GrantedPermit granted, boolean failed, long elapsedNanos, long nowNanos) {
        boolean slow = detectsSlowCalls && elapsedNanos > slowCallNanos;
        Phase current = phase;
        if (current.generation() != granted.generation()) {
            staleResults.incrementAndGet();
        } else if (current instanceof Phase.Closed closed) {
            recordClosed(closed, failed, slow);
        } else if (current instanceof Phase.HalfOpen halfOpen) {
            probeReports.record(halfOpen, granted, failed || slow, nowNanos);
        } // DISABLED records nothing; FORCED_OPEN never granted this generation a permit
        return slow;
    }

    private void recordClosed(Phase.Closed closed, boolean failed, boolean slow) {
        TransitionCause cause = closed.window().record(failed, slow);
        if (failed) {
            if (closed.consecutiveFailures().incrementAndGet() >= config.consecutiveFailures()) {
                cause = TransitionCause.CONSECUTIVE_FAILURES;
            }
        } else if (closed.consecutiveFailures().get() != 0) {
            closed.consecutiveFailures().set(0);
        }
        if (cause != null) {
            reopen(closed, cause, clock.nanoTime());
        }
    }

    /** The phase as it is now (for the classes that decide the moves not made on the CLOSED path). */
    Phase phase() {
        return phase;
    }

    /** Counts a result that moved nothing: its permit's generation, or its probe slot, had passed. */
    void countStale() {
        staleResults.incrementAndGet();
    }

    /** OPEN's wait has passed at {@code now}: on to HALF_OPEN, unless another thread got there first. */
    void endWait(Phase.Open open, long now) {
        moveTo(open, new Phase.HalfOpen(open.generation() + 1, config.maxConcurrentProbes()),
                TransitionCause.WAIT_ELAPSED, now);
    }

    /** Opens the breaker from {@code from} for {@link BreakerConfig#openWait()}, unless another thread moved it first. */
    void reopen(Phase from, TransitionCause cause, long now) {
        moveTo(from, new Phase.Open(from.generation() + 1, now + openWaitNanos), cause, now);
    }

    /** One CAS from {@code from} to {@code to}, told to the listeners when it wins; false when another thread moved first. */
    boolean moveTo(Phase from, Phase to, TransitionCause cause, long now) {
        if (!PHASE.compareAndSet(this, from, to)) {
            return false; // another thread already moved this generation on
        }
        publisher.publish(new Transition(from.state(), to.state(), to.generation(), cause, now));
        return true;
    }
}
