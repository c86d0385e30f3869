import NIOCore
import NIOPosix

/// A loopback TCP server that misbehaves in one way, for the deadlines and classifications.
struct MisbehavingServer {
    enum Behaviour {
        /// Accepts and never sends a byte.
        case silent
        /// Answers with bytes that are neither TLS nor HTTP.
        case garbage
        /// Resets the connection (RST) as soon as it reads anything.
        case reset
        /// Sends a valid HTTP status line one byte every 200 ms, forever.
        case trickle
        /// Answers one HTTP/1.1 response.
        case http(String)
    }

    let channel: any Channel
    var port: Int { channel.localAddress?.port ?? 0 }

    init(_ behaviour: Behaviour) async throws {
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Handler(behaviour: behaviour))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
    }

    func stop() async { try? await channel.close() }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let behaviour: Behaviour
        init(behaviour: Behaviour) { self.behaviour = behaviour }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch behaviour {
            case .silent:
                break
            case .garbage:
                context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: "SSH-2.0-OpenSSH_9.2\r\n\u{0}\u{1}garbage")), promise: nil)
            case .reset:
                // SO_LINGER 0: the close is a reset.
                let close = NIOLoopBound(context, eventLoop: context.eventLoop)
                (context.channel as? any SocketOptionProvider)?.setSoLinger(linger(l_onoff: 1, l_linger: 0)).whenComplete { _ in close.value.close(promise: nil) }
            case .trickle:
                let bytes = Array("HTTP/1.1 200 OK\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 10_000)
                let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
                for (index, byte) in bytes.enumerated() {
                    context.eventLoop.scheduleTask(in: .milliseconds(Int64(200 * index))) {
                        bound.value.writeAndFlush(NIOAny(bound.value.channel.allocator.buffer(bytes: [byte])), promise: nil)
                    }
                }
            case .http(let response):
                context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: response)), promise: nil)
            }
        }
    }
}
