package dev.perfgate.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The public way to use a breaker makes each call one permit and one report: it can neither be
 * reported twice nor forgotten, and it is timed on the breaker's clock.
 */
class ExactlyOnceTest {

    private static final IllegalStateException DOWN = new IllegalStateException("auth service down");

    private final FakeClock clock = new FakeClock();
    private final CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().countWindow(10)
            .minimumCalls(10).consecutiveFailures(3).openWait(Duration.ofSeconds(5)).successesToClose(1)
            .slowCallDuration(Duration.ofSeconds(1)).build(), clock);

    /**
     * A CLOSED permit is one shared instance, so a call reported three times was three failures.
     * Nothing public may take a permit back: the only way in is a guarded call.
     */
    @Test
    void noPublicMethodAcceptsOrHandsOutAPermit() {
        assertThat(Arrays.stream(CircuitBreaker.class.getMethods())
                .filter(m -> m.getDeclaringClass() == CircuitBreaker.class)
                .filter(m -> Arrays.asList(m.getParameterTypes()).contains(Permit.class)
                        || Permit.class.isAssignableFrom(m.getReturnType())))
                .extracting(Method::getName).isEmpty();
        assertThat(Modifier.isPublic(Permit.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(GrantedPermit.class.getModifiers())).isFalse();
    }

    @Test
    void aFailingCallIsOneFailureAndItsExceptionReachesTheCaller() {
        assertThatThrownBy(() -> breaker.executeSupplier(() -> {
            throw DOWN;
        })).isSameAs(DOWN);
        assertThat(breaker.metrics().calls()).isEqualTo(1);
        assertThat(breaker.metrics().consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void callsAreTimedOnTheBreakersClockAndASlowCallCountsAsSlow() throws Exception {
        assertThat(breaker.executeCallable(() -> {
            clock.advanceNanos(Duration.ofSeconds(1).toNanos() + 1);
            return "ok";
        })).isEqualTo("ok");
        breaker.executeRunnable(() -> clock.advanceNanos(Duration.ofSeconds(1).toNanos()));
        assertThat(breaker.metrics().calls()).isEqualTo(2);
        assertThat(breaker.metrics().slowCallRatePercent()).isEqualTo(50.0);
    }

    @Test
    void aRefusedCallIsNotMadeAndSaysWhy() {
        tripIt();
        AtomicInteger made = new AtomicInteger();
        assertThatThrownBy(() -> breaker.executeSupplier(made::incrementAndGet))
                .isInstanceOfSatisfying(CallNotPermittedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.OPEN))
                .hasMessageContaining("OPEN");
        assertThat(breaker.executeSupplier(made::incrementAndGet, rejection -> -1)).isEqualTo(-1);
        assertThat(made).hasValue(0);
        assertThat(breaker.metrics().rejectedCalls()).isEqualTo(2);
    }

    @Test
    void theSharedRejectionCannotBeAlteredByOneCaller() {
        tripIt();
        CallNotPermittedException refused = catchRefusal();
        assertThatThrownBy(() -> refused.initCause(DOWN)).isInstanceOf(IllegalStateException.class);
        refused.addSuppressed(DOWN);
        assertThat(catchRefusal().getSuppressed()).isEmpty();
        assertThat(catchRefusal().getStackTrace()).isEmpty();
    }

    @Test
    void anAsynchronousCallIsReportedOnceWhenItsStageCompletes() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        CompletionStage<String> guarded = breaker.executeCompletionStage(() -> answer);
        assertThat(breaker.metrics().calls()).isZero(); // not yet answered
        clock.advanceNanos(Duration.ofSeconds(2).toNanos());
        answer.completeExceptionally(DOWN);
        assertThat(breaker.metrics().calls()).isEqualTo(1);
        assertThat(breaker.metrics().consecutiveFailures()).isEqualTo(1);
        assertThat(breaker.metrics().slowCallRatePercent()).isEqualTo(100.0);
        assertThat(guarded.toCompletableFuture()).isCompletedExceptionally();
    }

    @Test
    void aLateAnswerOfACallAdmittedWhileClosedCannotCloseHalfOpen() {
        CompletableFuture<String> slow = new CompletableFuture<>();
        breaker.executeCompletionStage(() -> slow);
        tripIt();
        clock.advance(Duration.ofSeconds(5));
        CompletableFuture<String> probe = new CompletableFuture<>();
        breaker.executeCompletionStage(() -> probe);
        slow.complete("late");
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(breaker.metrics().staleResults()).isEqualTo(1);
        probe.complete("ok");
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void aRefusedOrBrokenAsynchronousCallFailsItsStage() {
        CompletionStage<String> broken = breaker.executeCompletionStage(() -> null);
        assertThat(broken.toCompletableFuture()).isCompletedExceptionally();
        assertThat(breaker.metrics().consecutiveFailures()).isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            breaker.executeCompletionStage(() -> CompletableFuture.failedFuture(DOWN));
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        CompletionStage<String> refused = breaker.executeCompletionStage(() -> CompletableFuture.completedFuture("x"));
        assertThatThrownBy(() -> refused.toCompletableFuture().join()).hasCauseInstanceOf(CallNotPermittedException.class);
    }

    @Test
    void aDecoratedCallIsGuardedOnEveryUse() {
        Supplier<String> decorated = breaker.decorateSupplier(() -> {
            throw DOWN;
        });
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(decorated::get).isSameAs(DOWN);
        }
        assertThatThrownBy(decorated::get).isInstanceOf(CallNotPermittedException.class);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    private void tripIt() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> breaker.executeSupplier(() -> {
                throw DOWN;
            })).isSameAs(DOWN);
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    private CallNotPermittedException catchRefusal() {
        try {
            breaker.executeRunnable(() -> { });
        } catch (CallNotPermittedException e) {
            return e;
        }
        throw new AssertionError("the call was not refused");
    }
}
