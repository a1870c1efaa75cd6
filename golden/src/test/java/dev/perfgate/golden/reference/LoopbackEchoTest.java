package dev.perfgate.golden.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.golden.load.LoadPlan;
import dev.perfgate.time.NanoClock;
import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The reference offers the load generator's traffic over bare sockets and times every echo. */
class LoopbackEchoTest {

    @Test
    void everyMessageOfEveryPlannedConnectionIsEchoedAndTimed() throws Exception {
        LoadPlan plan = new LoadPlan(40, Duration.ofMillis(500), 0, 3, Duration.ofMillis(20));
        Histogram all = new Histogram(3);
        try (LoopbackEcho echo = LoopbackEcho.start(plan, NanoClock.SYSTEM)) {
            // 20 connections × 3 messages; bounded wait, the last connection starts at 475 ms
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (all.getTotalCount() < plan.connections() * plan.messages() && System.nanoTime() - end < 0) {
                Thread.sleep(20);
                all.add(echo.takeRoundTrips());
            }
            assertThat(echo.failures()).isZero();
        }
        // at least one sample per message; more only where a round trip outlasted the interval and the
        // coordinated-omission correction filled in the messages that could not be sent meanwhile
        assertThat(all.getTotalCount()).isGreaterThanOrEqualTo(plan.connections() * plan.messages());
        assertThat(plan.connections()).isEqualTo(20);
        assertThat(all.getMinValue()).isPositive();
    }

    @Test
    void closingStopsTheTrafficAndNothingIsCountedAsFailedByIt() throws Exception {
        LoadPlan plan = new LoadPlan(50, Duration.ofSeconds(30), 0, 5, Duration.ofMillis(50));
        LoopbackEcho echo = LoopbackEcho.start(plan, NanoClock.SYSTEM);
        Thread.sleep(300);
        echo.close();
        Thread.sleep(200); // whatever was in flight at the close has ended by now
        echo.takeRoundTrips();
        Thread.sleep(300);

        assertThat(echo.takeRoundTrips().getTotalCount()).isZero();
        assertThat(echo.failures()).isZero();
    }
}
