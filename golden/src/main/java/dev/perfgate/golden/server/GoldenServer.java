package dev.perfgate.golden.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * The golden path's WebSocket server on loopback (Netty 4.2, NIO): every upgrade on {@code /ws}
 * runs core's handshake state machine (accept → authenticate → READY), inbound frames are gated
 * until READY and echoed after, and failed handshakes close with their code. Thread-safe; close it
 * to stop its event loops.
 */
public final class GoldenServer implements AutoCloseable {

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel listener;
    private final ServerCounters counters;

    private GoldenServer(EventLoopGroup boss, EventLoopGroup workers, Channel listener, ServerCounters counters) {
        this.boss = boss;
        this.workers = workers;
        this.listener = listener;
        this.counters = counters;
    }

    /** Starts listening on an ephemeral loopback port with {@code ioThreads} I/O threads. */
    public static GoldenServer start(ServerWiring wiring, int ioThreads) throws InterruptedException {
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(ioThreads, NioIoHandler.newFactory());
        ServerBootstrap bootstrap = new ServerBootstrap().group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(io.netty.channel.ChannelOption.SO_BACKLOG, 1024)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(16 * 1024),
                                new UpgradeHandler(wiring));
                    }
                });
        Channel listener = bootstrap.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
        return new GoldenServer(boss, workers, listener, wiring.counters());
    }

    /** The WebSocket endpoint, {@code ws://127.0.0.1:PORT/ws}. */
    public URI uri() {
        InetSocketAddress address = (InetSocketAddress) listener.localAddress();
        return URI.create("ws://" + address.getAddress().getHostAddress() + ":" + address.getPort() + UpgradeHandler.PATH);
    }

    public ServerCounters counters() {
        return counters;
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
