package dev.perfgate.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/** The one assertion every rejection test makes. */
final class Rejections {

    private Rejections() {
    }

    static void assertRejected(TokenValidator validator, String token, RejectionReason reason) {
        assertThatThrownBy(() -> validator.validate(token))
                .isExactlyInstanceOf(TokenRejectedException.class)
                .satisfies(e -> assertThat(((TokenRejectedException) e).reason()).isEqualTo(reason));
    }
}
