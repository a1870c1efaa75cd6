package dev.perfgate.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EarlyFrameBufferTest {

    @Test
    void wrapsAroundAndReleasesBytesAsFramesLeave() {
        EarlyFrameBuffer<Integer> buffer = new EarlyFrameBuffer<>(3, 30);
        int next = 0;
        int expected = 0;
        for (int round = 0; round < 10; round++) {
            while (buffer.offer(next, 10)) {
                next++;
            }
            assertThat(buffer.size()).isEqualTo(3);
            assertThat(buffer.bytes()).isEqualTo(30);
            assertThat(buffer.poll()).isEqualTo(expected++);
            assertThat(buffer.poll()).isEqualTo(expected++);
            assertThat(buffer.bytes()).isEqualTo(10);
        }
        assertThat(buffer.clear()).isEqualTo(1);
        assertThat(buffer.poll()).isNull();
        assertThat(buffer.bytes()).isZero();
    }

    @Test
    void aRefusedOfferChangesNothing() {
        EarlyFrameBuffer<String> buffer = new EarlyFrameBuffer<>(10, 5);
        assertThat(buffer.offer("a", 4)).isTrue();
        assertThat(buffer.offer("b", 2)).isFalse();
        assertThat(buffer.size()).isEqualTo(1);
        assertThat(buffer.bytes()).isEqualTo(4);
        assertThat(buffer.poll()).isEqualTo("a");
    }
}
