package dev.perfgate.golden.load;

import dev.perfgate.time.NanoClock;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.concurrent.TimeUnit;

/**
 * One load-generator client: once upgraded it sends its early frames at once, waits for the
 * server's {@code ready}, then sends its messages one at a time on the plan's pace, timing each
 * echo, and closes normally. Whatever ends it is reported once: {@link LoadRecorder#OK}, the close
 * code the server sent, 1006 for a transport lost without one, or
 * {@link LoadRecorder#UPGRADE_FAILED}. Not shareable: one per channel, used on its event loop only.
 */
final class ClientConnection extends SimpleChannelInboundHandler<WebSocketFrame> {

    private static final String READY = "ready";
    private static final String EARLY = "early-";

    private final LoadPlan plan;
    private final long intendedStartNanos;
    private final LoadRecorder recorder;
    private final NanoClock clock;
    private final long intervalNanos;
    private boolean ready;
    private int earlySent;
    private int messagesSent;
    private long sentAtNanos;
    private int closeCode = -1;
    private boolean reported;

    ClientConnection(LoadPlan plan, long intendedStartNanos, LoadRecorder recorder, NanoClock clock) {
        this.plan = plan;
        this.intendedStartNanos = intendedStartNanos;
        this.recorder = recorder;
        this.clock = clock;
        this.intervalNanos = plan.messageInterval().toNanos();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            for (int i = 0; i < plan.earlyMessages(); i++) {
                ctx.write(new TextWebSocketFrame(EARLY + i));
                earlySent++;
                recorder.earlySent();
            }
            ctx.flush();
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            String body = text.text();
            if (!ready && body.equals(READY)) {
                ready = true;
                recorder.ready(clock.nanoTime() - intendedStartNanos, earlySent);
                sendNext(ctx);
                return;
            }
            boolean early = body.startsWith(EARLY);
            recorder.echo(early, !ready);
            if (!early) {
                recorder.roundTrip(clock.nanoTime() - sentAtNanos, intervalNanos);
                long wait = sentAtNanos + intervalNanos - clock.nanoTime();
                if (wait > 0) {
                    ctx.executor().schedule(() -> sendNext(ctx), wait, TimeUnit.NANOSECONDS);
                } else {
                    sendNext(ctx);
                }
            }
        } else if (frame instanceof CloseWebSocketFrame close) {
            closeCode = close.statusCode();
            ctx.close();
        }
    }

    private void sendNext(ChannelHandlerContext ctx) {
        if (!ctx.channel().isActive()) {
            return;
        }
        if (messagesSent == plan.messages()) {
            ctx.writeAndFlush(new CloseWebSocketFrame(1000, "done"));
            return;
        }
        messagesSent++;
        recorder.messageSent();
        sentAtNanos = clock.nanoTime();
        ctx.writeAndFlush(new TextWebSocketFrame("m-" + messagesSent));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (closeCode == -1) {
            closeCode = 1006;
        }
        report(closeCode == 1000 && messagesSent == plan.messages() && ready ? LoadRecorder.OK
                : closeCode == 1000 ? 1006 : closeCode);
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!ready && closeCode == -1) {
            closeCode = LoadRecorder.UPGRADE_FAILED;
        }
        ctx.close();
    }

    /** The TCP connect itself failed. */
    void connectFailed() {
        report(LoadRecorder.UPGRADE_FAILED);
    }

    private void report(int code) {
        if (!reported) {
            reported = true;
            recorder.connectionFinished(code);
        }
    }
}
