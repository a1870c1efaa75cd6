package dev.perfgate.golden.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Where every client connection of a load run reports: connect→READY latency measured from the
 * connection's intended start (so a generator or server that falls behind shows up as latency, as
 * in wrk2), message round trips corrected for coordinated omission with
 * {@link Recorder#recordValueWithExpectedInterval}, outcomes by close code, and the frame counts
 * that show whether a frame was processed early or lost. Thread-safe: HdrHistogram recorders and
 * striped counters; the histograms can be taken per interval while the run goes on.
 */
public final class LoadRecorder {

    /** The close code counted for a connection that completed its plan and closed normally. */
    public static final int OK = 1000;
    /** Counted when the TCP connect or the HTTP upgrade failed: no WebSocket close code exists. */
    public static final int UPGRADE_FAILED = 0;

    private final Recorder handshakes = new Recorder(3);
    private final Recorder roundTrips = new Recorder(3);
    private final Map<Integer, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final LongAdder started = new LongAdder();
    private final LongAdder finished = new LongAdder();
    private final LongAdder ready = new LongAdder();
    private final LongAdder readyInInterval = new LongAdder();
    private final LongAdder earlySent = new LongAdder();
    private final LongAdder earlyEchoed = new LongAdder();
    private final LongAdder earlySentByReady = new LongAdder();
    private final LongAdder echoBeforeReady = new LongAdder();
    private final LongAdder messagesSent = new LongAdder();
    private final LongAdder messagesEchoed = new LongAdder();

    void connectionStarted() {
        started.increment();
    }

    void ready(long connectToReadyNanos, int earlyFramesSent) {
        ready.increment();
        readyInInterval.increment();
        earlySentByReady.add(earlyFramesSent);
        handshakes.recordValue(Math.max(0, connectToReadyNanos));
    }

    void earlySent() {
        earlySent.increment();
    }

    void echo(boolean early, boolean beforeReady) {
        if (beforeReady) {
            echoBeforeReady.increment();
        }
        (early ? earlyEchoed : messagesEchoed).increment();
    }

    void messageSent() {
        messagesSent.increment();
    }

    void roundTrip(long nanos, long expectedIntervalNanos) {
        roundTrips.recordValueWithExpectedInterval(Math.max(0, nanos), expectedIntervalNanos);
    }

    void connectionFinished(int closeCode) {
        outcomes.computeIfAbsent(closeCode, code -> new LongAdder()).increment();
        finished.increment();
    }

    /** Connect→READY latencies (ns) since the last take. */
    public Histogram takeHandshakes() {
        return handshakes.getIntervalHistogram();
    }

    /** Round trips (ns, coordinated-omission corrected) since the last take. */
    public Histogram takeRoundTrips() {
        return roundTrips.getIntervalHistogram();
    }

    /** Connections that became READY since the last take. */
    public long takeReadyCount() {
        return readyInInterval.sumThenReset();
    }

    public long started() {
        return started.sum();
    }

    public long finished() {
        return finished.sum();
    }

    /** A snapshot of the counters (not the histograms). */
    public LoadCounts counts() {
        Map<Integer, Long> byCode = new TreeMap<>();
        outcomes.forEach((code, count) -> byCode.put(code, count.sum()));
        return new LoadCounts(started.sum(), finished.sum(), ready.sum(), byCode, earlySent.sum(),
                earlySentByReady.sum(), earlyEchoed.sum(), echoBeforeReady.sum(), messagesSent.sum(),
                messagesEchoed.sum());
    }
}
