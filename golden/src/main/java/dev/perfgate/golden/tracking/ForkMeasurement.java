package dev.perfgate.golden.tracking;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * One fork's measurement iterations, each a histogram (nanoseconds) per latency and a count of
 * connections that became READY. Immutable once made.
 *
 * @param handshakes    connect→READY per iteration
 * @param roundTrips    message round trips per iteration, coordinated-omission corrected
 * @param sessionChecks answered session checks per iteration, as the server timed them
 * @param ready         connections that became READY per iteration
 * @param loopback      the reference's bare-socket round trips per iteration ({@code reference.LoopbackEcho}),
 *                      measured beside the golden load over the same intervals
 */
public record ForkMeasurement(List<Histogram> handshakes, List<Histogram> roundTrips, List<Histogram> sessionChecks,
                              List<Long> ready, List<Histogram> loopback) {

    public ForkMeasurement {
        handshakes = List.copyOf(handshakes);
        roundTrips = List.copyOf(roundTrips);
        sessionChecks = List.copyOf(sessionChecks);
        ready = List.copyOf(ready);
        loopback = List.copyOf(loopback);
    }
}
