package dev.perfgate.golden.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * Hands a connection's inbound WebSocket frames to its {@link ServerConnection}: text through the
 * handshake's gate, close to the closing handshake, ping answered at once; the end of the transport
 * ends the connection. Not shareable: one per channel.
 */
final class FrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private final ServerConnection connection;

    FrameHandler(ServerConnection connection) {
        this.connection = connection;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            connection.onText(text.text(), text.content().readableBytes());
        } else if (frame instanceof CloseWebSocketFrame close) {
            connection.clientClosed(close.statusCode());
        } else if (frame instanceof PingWebSocketFrame ping) {
            ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        connection.transportClosed();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
