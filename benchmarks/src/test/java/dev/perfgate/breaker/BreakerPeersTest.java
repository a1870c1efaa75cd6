package dev.perfgate.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.peers.breaker.BreakerFacade;
import dev.perfgate.peers.breaker.BreakerPeer;
import dev.perfgate.peers.breaker.PeerSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each adapter really does what CircuitBreakerBenchmark measures, so no peer races an empty path. */
class BreakerPeersTest {

    @ParameterizedTest
    @EnumSource(BreakerPeer.class)
    void closedAdmitsAndRecords(BreakerPeer peer) {
        BreakerFacade breaker = peer.create(PeerSettings.steady());
        for (int i = 0; i < 1_000; i++) {
            assertThat(breaker.acquireAndRecordSuccess(1_000_000)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(BreakerPeer.class)
    void trippedRejects(BreakerPeer peer) {
        BreakerFacade breaker = peer.create(PeerSettings.steady());
        breaker.trip();
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.acquireAndRecordSuccess(0)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(BreakerPeer.class)
    void everyRecoveryCycleGrantsItsProbeAndEndsClosed(BreakerPeer peer) {
        BreakerFacade breaker = peer.createCycling();
        for (int i = 0; i < 100; i++) {
            assertThat(breaker.recoveryCycle()).as("cycle %d", i).isTrue();
        }
        assertThat(breaker.acquireAndRecordSuccess(0)).isTrue();
    }
}
