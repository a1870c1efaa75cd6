package dev.perfgate.golden.reference;

import dev.perfgate.golden.load.LoadPlan;
import dev.perfgate.time.NanoClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The golden path's reference: the same open-loop traffic shape as the load generator (connections
 * started at the plan's rate, each sending its messages one at a time, each at least the plan's
 * interval after the previous and only once its echo came back), but over bare JDK blocking
 * sockets on 127.0.0.1 to a bare echo, with none of core, Netty or WebSocket in the way. Its round
 * trips are recorded with {@link Recorder#recordValueWithExpectedInterval}, as the golden round
 * trips are.
 *
 * <p>Why it exists: loopback latency moves with the machine in its own direction. Under the load
 * injector the golden round trip's p50 fell to about half its quiet baseline (a busy CPU wakes
 * sooner than an idle one), while the CPU-bound references got slower; normalized by those, the
 * round trip was a false IMPROVEMENT. This echo's code never changes between builds, so what
 * moves it is the machine, and {@code reference for dev.perfgate.golden.MessageLatency.* = …}
 * in the thresholds file judges the round trip against it alone.
 *
 * <p>Thread-safe: one pacer thread starts connections, each connection runs on a thread of its own
 * on both ends, and the histogram can be taken per interval while it runs. Close it to stop
 * everything; a connection cut short by the close is not recorded.
 */
public final class LoopbackEcho implements AutoCloseable {

    /** Bytes of each message; a small chat frame. */
    public static final int MESSAGE_BYTES = 64;

    private final LoadPlan plan;
    private final NanoClock clock;
    private final ServerSocket server;
    private final Recorder roundTrips = new Recorder(3);
    private final LongAdder failures = new LongAdder();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;
    private final Thread acceptor;
    private final Thread pacer;
    private volatile boolean closed;

    private LoopbackEcho(LoadPlan plan, NanoClock clock) throws IOException {
        this.plan = plan;
        this.clock = clock;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        AtomicInteger names = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> daemon(task, "loopback-echo-" + names.incrementAndGet()));
        this.acceptor = daemon(this::accept, "loopback-accept");
        this.pacer = daemon(this::pace, "loopback-pacer");
    }

    /** Starts the echo server and the paced clients; returns at once. */
    public static LoopbackEcho start(LoadPlan plan, NanoClock clock) throws IOException {
        LoopbackEcho echo = new LoopbackEcho(plan, clock);
        echo.acceptor.start();
        echo.pacer.start();
        return echo;
    }

    /** Round trips (ns, coordinated-omission corrected) since the last take. */
    public Histogram takeRoundTrips() {
        return roundTrips.getIntervalHistogram();
    }

    /** Connections that failed before their last echo while the echo was open; 0 on a sound machine. */
    public long failures() {
        return failures.sum();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                threads.execute(() -> echo(socket));
            } catch (IOException e) {
                if (!closed) {
                    failures.increment();
                }
                return;
            }
        }
    }

    private void echo(Socket socket) {
        byte[] buffer = new byte[MESSAGE_BYTES];
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            socket.setTcpNoDelay(true);
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the client's end closed it, or close() did; either way this connection is over
        } finally {
            open.remove(socket);
        }
    }

    private void pace() {
        long period = plan.periodNanos();
        long t0 = clock.nanoTime();
        for (long i = 0; i < plan.connections() && !closed; i++) {
            sleepUntil(t0 + i * period);
            if (closed) {
                return;
            }
            threads.execute(this::client);
        }
    }

    private void client() {
        long interval = plan.messageInterval().toNanos();
        byte[] message = new byte[MESSAGE_BYTES];
        byte[] echo = new byte[MESSAGE_BYTES];
        Socket socket = new Socket();
        open.add(socket);
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.connect(server.getLocalSocketAddress(), 10_000);
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            long sentAt = clock.nanoTime();
            for (int m = 0; m < plan.messages() && !closed; m++) {
                if (m > 0) {
                    sleepUntil(sentAt + interval);
                    sentAt = clock.nanoTime();
                }
                message[0] = (byte) m;
                out.write(message);
                if (in.readNBytes(echo, 0, echo.length) < echo.length) {
                    throw new SocketException("the echo closed the connection before its whole answer");
                }
                roundTrips.recordValueWithExpectedInterval(Math.max(0, clock.nanoTime() - sentAt), interval);
            }
        } catch (IOException e) {
            if (!closed) {
                failures.increment();
            }
        } finally {
            open.remove(socket);
        }
    }

    private void sleepUntil(long atNanos) {
        for (long wait = atNanos - clock.nanoTime(); wait > 0 && !closed; wait = atNanos - clock.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        LockSupport.unpark(pacer);
        server.close();
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        threads.shutdownNow();
    }
}
