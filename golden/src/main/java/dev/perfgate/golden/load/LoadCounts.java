package dev.perfgate.golden.load;

import java.util.Map;

/**
 * A load run's counters. Immutable and thread-safe.
 *
 * @param started          connections started
 * @param finished         connections that ended, one way or another
 * @param ready            connections that became READY
 * @param outcomes         finished connections by close code ({@link LoadRecorder#OK} for a complete,
 *                         normal run; {@link LoadRecorder#UPGRADE_FAILED} when no WebSocket existed)
 * @param earlySent        frames sent before READY, by every connection
 * @param earlySentByReady of those, the ones sent by connections that became READY: each must come back
 * @param earlyEchoed      echoes of early frames received
 * @param echoBeforeReady  echoes received before the connection's {@code ready}: frames processed early
 * @param messagesSent     frames sent after READY
 * @param messagesEchoed   their echoes received
 */
public record LoadCounts(long started, long finished, long ready, Map<Integer, Long> outcomes, long earlySent,
                         long earlySentByReady, long earlyEchoed, long echoBeforeReady, long messagesSent,
                         long messagesEchoed) {

    public LoadCounts {
        outcomes = Map.copyOf(outcomes);
    }

    /** Connections that finished with {@code code}. */
    public long outcome(int code) {
        return outcomes.getOrDefault(code, 0L);
    }

    /** Connections that did not complete their plan. */
    public long failed() {
        return finished - outcome(LoadRecorder.OK);
    }

    /** Early frames of READY connections that never came back. */
    public long earlyLost() {
        return earlySentByReady - earlyEchoed;
    }

    /** Frames sent after READY whose echo never came back. */
    public long messagesLost() {
        return messagesSent - messagesEchoed;
    }
}
