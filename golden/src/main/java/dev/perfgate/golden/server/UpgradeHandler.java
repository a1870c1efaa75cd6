package dev.perfgate.golden.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.nio.charset.StandardCharsets;

/**
 * Answers the HTTP upgrade on {@code /ws}: a request without a bearer token is refused with 401
 * before any WebSocket exists; otherwise the connection is opened (its handshake deadline starts
 * now), the frame handler takes this handler's place so that frames the client sends right after
 * the 101 meet the handshake's gate, and once the 101 is written the connection is accepted and
 * its token goes to the authenticator. Not shareable: one per channel.
 */
final class UpgradeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    static final String PATH = "/ws";
    private static final String BEARER = "Bearer ";

    private final ServerWiring wiring;

    UpgradeHandler(ServerWiring wiring) {
        this.wiring = wiring;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.uri().equals(PATH)) {
            refuse(ctx, HttpResponseStatus.NOT_FOUND, "only " + PATH + " is served");
            return;
        }
        String authorization = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(BEARER) || authorization.length() == BEARER.length()) {
            refuse(ctx, HttpResponseStatus.UNAUTHORIZED, "a bearer token is required");
            return;
        }
        String token = authorization.substring(BEARER.length());
        WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(
                "ws://" + request.headers().get(HttpHeaderNames.HOST) + PATH, null, false).newHandshaker(request);
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
            return;
        }
        ServerConnection connection = new ServerConnection(ctx.channel(), wiring);
        ctx.pipeline().replace(this, "frames", new FrameHandler(connection));
        handshaker.handshake(ctx.channel(), request).addListener(done -> {
            if (done.isSuccess()) {
                connection.upgraded(token);
            } else {
                ctx.close();
            }
        });
    }

    private static void refuse(ChannelHandlerContext ctx, HttpResponseStatus status, String why) {
        DefaultFullHttpResponse response = new DefaultFullHttpResponse(
                io.netty.handler.codec.http.HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(why, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
