package dev.perfgate.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Which outcomes count as the service failing is the caller's to say. */
class CallClassifierTest {

    /** The service answered correctly: the token is bad, not the service. */
    static final class InvalidToken extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static final CallClassifier AUTH = new CallClassifier() {
        @Override
        public boolean isFailure(Throwable thrown) {
            return !(thrown instanceof InvalidToken);
        }

        @Override
        public boolean isFailedResult(Object result) {
            return "503".equals(result);
        }
    };

    private final CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().consecutiveFailures(2)
            .openWait(Duration.ofSeconds(5)).build(), new FakeClock(), AUTH);

    @Test
    void anExceptionTheClassifierExcusesIsASuccessAndStillReachesTheCaller() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> breaker.executeSupplier(() -> {
                throw new InvalidToken();
            })).isInstanceOf(InvalidToken.class);
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(breaker.metrics().failureRatePercent()).isZero();
    }

    @Test
    void aResultTheClassifierCallsAFailureCountsAsOneAndIsStillReturned() {
        assertThat(breaker.executeSupplier(() -> "503")).isEqualTo("503");
        assertThat(breaker.executeCompletionStage(() -> CompletableFuture.completedFuture("503"))
                .toCompletableFuture().join()).isEqualTo("503");
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void anExcusedExceptionOfAStageIsASuccess() {
        for (int i = 0; i < 3; i++) {
            breaker.executeCompletionStage(() -> CompletableFuture.failedFuture(new InvalidToken()));
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void theDefaultCountsEveryExceptionAndNoResult() {
        assertThat(CallClassifier.DEFAULT.isFailure(new InvalidToken())).isTrue();
        assertThat(CallClassifier.DEFAULT.isFailedResult("503")).isFalse();
        assertThatThrownBy(() -> new CircuitBreaker(BreakerConfig.builder().build(), new FakeClock(), null))
                .hasMessageContaining("classifier");
    }
}
