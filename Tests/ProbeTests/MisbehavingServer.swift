import NIOCore
import NIOPosix
import _TestSupport

/// A loopback TCP server that misbehaves in one way, for the deadlines and classifications.
struct MisbehavingServer: TestPeer {
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
        /// Sends `head` once, then `repeating` (16 KB a millisecond) until closed:
        /// an endless header or an endless chunked body.
        case endless(head: String, repeating: String)
    }

    let channel: any Channel
    /// A flooding server runs on a thread of its own, so that it never delays the prober's.
    private let ownGroup: MultiThreadedEventLoopGroup?
    var port: Int { channel.localAddress?.port ?? 0 }

    init(_ behaviour: Behaviour) async throws {
        if case .endless = behaviour { ownGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1) } else { ownGroup = nil }
        channel = try await ServerBootstrap(group: ownGroup ?? MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Handler(behaviour: behaviour))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
    }

    func stop() async {
        try? await channel.close()
        try? await ownGroup?.shutdownGracefully()
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let behaviour: Behaviour
        private var flood: RepeatedTask?
        init(behaviour: Behaviour) { self.behaviour = behaviour }

        func channelInactive(context: ChannelHandlerContext) {
            flood?.cancel()
            context.fireChannelInactive()
        }

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
            case .endless(let head, let repeating):
                guard flood == nil else { return }
                context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: head)), promise: nil)
                let piece = context.channel.allocator.buffer(string: String(repeating: repeating, count: max(1, 16_384 / max(1, repeating.utf8.count))))
                let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
                flood = context.eventLoop.scheduleRepeatedTask(initialDelay: .zero, delay: .milliseconds(1)) { _ in
                    let context = bound.value
                    // One piece a millisecond (16 MB/s): endless, without starving the event loop the
                    // prober shares with this server in the test process.
                    guard context.channel.isActive, context.channel.isWritable else { return }
                    context.writeAndFlush(NIOAny(piece), promise: nil)
                }
            }
        }
    }
}
