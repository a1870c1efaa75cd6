package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.model.HistogramCompression;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class HistogramCodecTest {

    @Test
    void decodesWhatHistogramCompressionWrites() {
        Histogram histogram = new Histogram(3);
        histogram.recordValue(1);
        histogram.recordValue(3_600_000_000_000L);
        assertThat(HistogramCodec.decode(HistogramCompression.compress(histogram), "test")).isEqualTo(histogram);
    }

    @Test
    void corruptBytesAreAStoreErrorNamingWhere() {
        assertThatThrownBy(() -> HistogramCodec.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, "result 3 fork 0"))
                .isInstanceOf(StoreException.class).hasMessageContaining("result 3 fork 0");
    }
}
