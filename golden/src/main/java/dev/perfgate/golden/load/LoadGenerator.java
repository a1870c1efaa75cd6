package dev.perfgate.golden.load;

import dev.perfgate.time.NanoClock;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * An open-loop WebSocket load generator (Netty client): a pacer thread starts connection {@code i}
 * at {@code t0 + i / rate} whatever the earlier ones are doing, as a population of independent
 * users would, and each connection's latency counts from that intended start, so a server that
 * falls behind cannot hide the wait from the histogram (coordinated omission). Thread-safe; one
 * generator can run several plans one after another. Close it to stop its event loop.
 */
public final class LoadGenerator implements AutoCloseable {

    private final EventLoopGroup group;
    private final NanoClock clock;

    public LoadGenerator(int ioThreads, NanoClock clock) {
        this.group = new MultiThreadIoEventLoopGroup(ioThreads, NioIoHandler.newFactory());
        this.clock = clock;
    }

    /**
     * Starts the plan against {@code uri} and returns at once; {@code tokens} gives connection
     * {@code i}'s bearer token.
     */
    public LoadRun start(URI uri, LoadPlan plan, LongFunction<String> tokens) {
        LoadRecorder recorder = new LoadRecorder();
        Thread pacer = new Thread(() -> pace(uri, plan, tokens, recorder), "load-pacer");
        pacer.setDaemon(true);
        pacer.start();
        return new LoadRun(plan, recorder, pacer);
    }

    private void pace(URI uri, LoadPlan plan, LongFunction<String> tokens, LoadRecorder recorder) {
        long period = plan.periodNanos();
        long t0 = clock.nanoTime();
        for (long i = 0; i < plan.connections(); i++) {
            long intended = t0 + i * period;
            for (long wait = intended - clock.nanoTime(); wait > 0; wait = intended - clock.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            connect(uri, plan, tokens.apply(i), intended, recorder);
        }
    }

    private void connect(URI uri, LoadPlan plan, String token, long intendedStart, LoadRecorder recorder) {
        HttpHeaders headers = new DefaultHttpHeaders().set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .customHeaders(headers)
                .handleCloseFrames(false)
                .handshakeTimeoutMillis(30_000)
                .build();
        ClientConnection client = new ClientConnection(plan, intendedStart, recorder, clock);
        recorder.connectionStarted();
        ChannelFuture connecting = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(16 * 1024),
                                new WebSocketClientProtocolHandler(config), client);
                    }
                })
                .connect(uri.getHost(), uri.getPort());
        connecting.addListener(done -> {
            if (!done.isSuccess()) {
                connecting.channel().eventLoop().execute(client::connectFailed);
            }
        });
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /**
     * One running plan: its recorder (histograms can be taken per interval while it runs) and the
     * wait for its end. Thread-safe.
     */
    public static final class LoadRun {
        private final LoadPlan plan;
        private final LoadRecorder recorder;
        private final Thread pacer;

        LoadRun(LoadPlan plan, LoadRecorder recorder, Thread pacer) {
            this.plan = plan;
            this.recorder = recorder;
            this.pacer = pacer;
        }

        public LoadRecorder recorder() {
            return recorder;
        }

        /**
         * Waits until the pacer is done (every planned connection started, or {@link #stop()}) and
         * every connection it started has finished, at most {@code limit} after the last start;
         * false when some were still open then.
         */
        public boolean awaitFinished(Duration limit) throws InterruptedException {
            pacer.join();
            long end = System.nanoTime() + limit.toNanos();
            while (recorder.finished() < recorder.started()) {
                if (System.nanoTime() - end > 0) {
                    return false;
                }
                Thread.sleep(10);
            }
            return true;
        }

        /** Stops starting connections. */
        public void stop() {
            pacer.interrupt();
        }
    }
}
