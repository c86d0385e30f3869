#if canImport(Glibc)
internal import Addresses
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import Localization
internal import NIOCore
internal import NIOHTTP1
internal import NIOPosix
internal import NIOSSL

/// One connection to one address: TCP connect, TLS for https, one HTTP request — each phase
/// deadlined, each failure classified. Certificates are captured as served and verified later,
/// off the event loop, by `ChainInspector`.
struct ConnectionProbe: Sendable {
    /// What to connect to and what to ask.
    struct Request: Sendable {
        var address: IPAddress
        var port: Int
        var tls: Bool
        /// SNI (unless an IP literal) and the Host header.
        var host: String
        var path: String
    }

    let tlsContext: NIOSSLContext
    let connectTimeout: Duration
    let timeout: Duration
    let userAgent: String

    /// A client TLS context that lets every chain through so that albdoctor can inspect it,
    /// offers HTTP/1.1 by ALPN and accepts TLS 1.0 and up, so that old servers are seen, not hidden.
    static func makeTLSContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv1
        configuration.certificateVerification = .noHostnameVerification
        configuration.trustRoots = .certificates([])
        configuration.applicationProtocols = ["http/1.1"]
        return try NIOSSLContext(configuration: configuration)
    }

    func run(_ request: Request) async -> (result: ConnectionResult, chain: [[UInt8]]) {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let start = NIODeadline.now()
        let channel: any Channel
        do {
            let address = try SocketAddress(ipAddress: request.address.text, port: request.port)
            channel = try await ClientBootstrap(group: loop)
                .connectTimeout(connectTimeout.timeAmount)
                .connect(to: address).get()
        } catch {
            let tcp = Self.connectFailure(error, ms: NIODeadline.now().milliseconds(since: start))
            return (ConnectionResult(port: request.port, tcp: tcp, tls: nil, http: nil, totalMs: tcp.ms), [])
        }
        let connected = NIODeadline.now()
        let tcp = ConnectionResult.TCP(outcome: .ok, ms: connected.milliseconds(since: start), detail: nil)
        let shot = OneShot<ExchangeHandler.Observation>(on: channel.eventLoop)
        let head = requestHead(request)
        let (tlsContext, timeout) = (self.tlsContext, self.timeout.timeAmount)
        do {
            try await channel.eventLoop.submit {
                let handler = ExchangeHandler(request: head, tls: request.tls, timeout: timeout, shot: shot)
                var handlers: [any ChannelHandler] = []
                if request.tls {
                    // No SNI for an IP literal (RFC 6066), whichever address is probed.
                    let sni = IPAddress(request.host) == nil ? request.host : nil
                    handlers.append(try NIOSSLClientHandler(context: tlsContext, serverHostname: sni) { certificates, promise in
                        handler.served(certificates)
                        promise.succeed(.certificateVerified)
                    })
                }
                handlers += [HTTPRequestEncoder(), ByteToMessageHandler(HTTPResponseDecoder(leftOverBytesStrategy: .dropBytes)), handler]
                try channel.pipeline.syncOperations.addHandlers(handlers)
            }.get()
        } catch {
            channel.close(promise: nil)
            let failure = ConnectionResult.Failure(kind: .protocolError, .cannotStartExchange(reason: "\(error)"))
            return (ConnectionResult(port: request.port, tcp: tcp, tls: request.tls ? .init(chain: [], failure: failure) : nil, http: nil, totalMs: tcp.ms), [])
        }
        let observation: ExchangeHandler.Observation
        do {
            observation = try await shot.promise.futureResult.get()
        } catch {
            // NIO's own words for a failure no handler classified.
            observation = ExchangeHandler.Observation(failure: .init(kind: .protocolError, detail: LocalizedText(sameInEveryLanguage: "\(error)")), failedPhase: .http)
        }
        channel.close(promise: nil)
        let total = NIODeadline.now().milliseconds(since: start)
        var tls: ConnectionResult.TLS?
        if request.tls {
            tls = ConnectionResult.TLS(version: observation.tlsVersion, alpn: observation.alpn, ms: observation.tlsMs, chain: [], verification: nil,
                                       failure: observation.failedPhase == .tls ? observation.failure : nil)
        }
        var http: ConnectionResult.HTTP?
        if observation.failedPhase != .tls {
            http = ConnectionResult.HTTP(status: observation.status, firstByteMs: observation.firstByteMs, server: observation.server,
                                         location: observation.location, failure: observation.failedPhase == .http ? observation.failure : nil)
        }
        return (ConnectionResult(port: request.port, tcp: tcp, tls: tls, http: http, totalMs: total), observation.chain)
    }

    private func requestHead(_ request: Request) -> HTTPRequestHead {
        let defaultPort = request.tls ? 443 : 80
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: HostPort(host: request.host, port: request.port == defaultPort ? nil : request.port).text)
        headers.add(name: "User-Agent", value: userAgent)
        headers.add(name: "Accept", value: "*/*")
        headers.add(name: "Connection", value: "close")
        return HTTPRequestHead(version: .http1_1, method: .GET, uri: request.path, headers: headers)
    }

    /// Maps a connect error to the outcome a user reasons about.
    static func connectFailure(_ error: any Error, ms: Double) -> ConnectionResult.TCP {
        if case ChannelError.connectTimeout = error {
            return .init(outcome: .timeout, ms: ms, detail: LocalizedText(ConnectionText.noAnswerToSYN))
        }
        if let io = error as? IOError {
            switch io.errnoCode {
            case ECONNREFUSED: return .init(outcome: .refused, ms: ms, detail: LocalizedText(ConnectionText.refused))
            case EHOSTUNREACH, ENETUNREACH, EHOSTDOWN: return .init(outcome: .unreachable, ms: ms, detail: systemWords(io.errnoCode))
            case ETIMEDOUT: return .init(outcome: .timeout, ms: ms, detail: LocalizedText(ConnectionText.connectTimedOut))
            default: return .init(outcome: .error, ms: ms, detail: systemWords(io.errnoCode))
            }
        }
        return .init(outcome: .error, ms: ms, detail: LocalizedText(sameInEveryLanguage: "\(error)"))
    }

    /// The system's own words for an errno (`No route to host`), shown as they are in every language.
    private static func systemWords(_ code: Int32) -> LocalizedText {
        LocalizedText(sameInEveryLanguage: String(cString: strerror(code)))
    }
}
