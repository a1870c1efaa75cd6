package dev.perfgate.breaker;

import java.util.function.Consumer;

/** Small helpers that drive a breaker in tests. */
final class Breakers {

    private Breakers() {
    }

    static GrantedPermit acquire(CircuitBreaker breaker) {
        Permit permit = breaker.tryAcquire();
        if (!(permit instanceof GrantedPermit granted)) {
            throw new AssertionError("expected a permit, got " + permit);
        }
        return granted;
    }

    static void succeed(CircuitBreaker breaker, int times) {
        for (int i = 0; i < times; i++) {
            breaker.onSuccess(acquire(breaker), 0);
        }
    }

    static void fail(CircuitBreaker breaker, int times) {
        for (int i = 0; i < times; i++) {
            breaker.onFailure(acquire(breaker), 0);
        }
    }

    static void each(CircuitBreaker breaker, String outcomes, Consumer<Character> afterEach) {
        for (char c : outcomes.toCharArray()) {
            if (c == 'F') {
                fail(breaker, 1);
            } else {
                succeed(breaker, 1);
            }
            afterEach.accept(c);
        }
    }
}
