#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import Localization
internal import NIOCore
internal import NIOHTTP1
internal import NIOSSL
internal import NIOTLS

/// Drives one exchange on a connected channel: waits for the TLS handshake (if any), sends the
/// request, records the response head, and reports the first failure with the phase it hit.
/// Completes exactly once: on the response head, an error, the peer closing, or the deadline.
final class ExchangeHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    enum Phase: Sendable { case tls, http }

    /// What the exchange showed, however far it got.
    struct Observation: Sendable {
        var tlsVersion: String?
        var alpn: String?
        var tlsMs: Double?
        var chain: [[UInt8]] = []
        var status: Int?
        var server: String?
        var location: String?
        var firstByteMs: Double?
        var failure: ConnectionResult.Failure?
        var failedPhase: Phase?

        init(failure: ConnectionResult.Failure? = nil, failedPhase: Phase? = nil) {
            self.failure = failure
            self.failedPhase = failedPhase
        }
    }

    private let request: HTTPRequestHead
    private let timeout: TimeAmount
    private let shot: OneShot<Observation>
    private var phase: Phase
    private var observation = Observation()
    private var started = NIODeadline.now()
    private var requestSent: NIODeadline?
    private var deadline: Scheduled<Void>?

    init(request: HTTPRequestHead, tls: Bool, timeout: TimeAmount, shot: OneShot<Observation>) {
        self.request = request
        self.timeout = timeout
        self.shot = shot
        self.phase = tls ? .tls : .http
    }

    /// The certificates as the server sent them (from the TLS verification callback).
    func served(_ certificates: [NIOSSLCertificate]) {
        observation.chain = certificates.compactMap { try? $0.toDERBytes() }
    }

    func handlerAdded(context: ChannelHandlerContext) {
        started = .now()
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        deadline = context.eventLoop.scheduleTask(in: timeout) {
            let (handler, context) = bound.value
            let stage: ConnectionText.Stage = handler.phase == .tls ? .tlsHandshake : handler.requestSent == nil ? .exchange : .httpResponse
            handler.finish(context, .init(kind: .timeout, .unfinished(stage, within: Double(handler.timeout.milliseconds).millisecondsText)))
        }
        if phase == .http { sendRequest(context) }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case TLSUserEvent.handshakeCompleted(let negotiated) = event {
            observation.tlsMs = NIODeadline.now().milliseconds(since: started)
            observation.alpn = negotiated
            let version = try? context.pipeline.syncOperations.handler(type: NIOSSLClientHandler.self).tlsVersion
            observation.tlsVersion = version.flatMap { $0 }.map(Self.name)
            phase = .http
            sendRequest(context)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(let head) = unwrapInboundIn(data), !shot.isCompleted else { return }
        observation.status = Int(head.status.code)
        observation.server = head.headers.first(name: "Server")
        observation.location = head.headers.first(name: "Location")
        observation.firstByteMs = requestSent.map { NIODeadline.now().milliseconds(since: $0) }
        finish(context, nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(context, Self.failure(error, phase: phase))
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(context, .init(kind: .closed, phase == .tls ? .closedDuringHandshake : .closedBeforeResponse))
        context.fireChannelInactive()
    }

    private func sendRequest(_ context: ChannelHandlerContext) {
        requestSent = .now()
        context.write(wrapOutboundOut(.head(request)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    private func finish(_ context: ChannelHandlerContext, _ failure: ConnectionResult.Failure?) {
        guard !shot.isCompleted else { return }
        deadline?.cancel()
        if let failure {
            observation.failure = failure
            observation.failedPhase = phase
        }
        shot.succeed(observation)
        context.close(promise: nil)
    }

    private static func name(_ version: TLSVersion) -> String {
        switch version {
        case .tlsv1: "TLSv1.0"
        case .tlsv11: "TLSv1.1"
        case .tlsv12: "TLSv1.2"
        case .tlsv13: "TLSv1.3"
        }
    }

    /// Classifies an error by what the server did.
    static func failure(_ error: any Error, phase: Phase) -> ConnectionResult.Failure {
        let handshake = phase == .tls
        if let io = error as? IOError {
            if io.errnoCode == ECONNRESET || io.errnoCode == EPIPE {
                return .init(kind: .reset, .reset(duringHandshake: handshake))
            }
            return .init(kind: .closed, .socketError(reason: String(cString: strerror(io.errnoCode)), duringHandshake: handshake))
        }
        if let ssl = error as? NIOSSLError, case .uncleanShutdown = ssl {
            return .init(kind: .closed, .closed(duringHandshake: handshake))
        }
        if error is HTTPParserError {
            return .init(kind: .protocolError, .notHTTP(reason: "\(error)"))
        }
        let text = String(describing: error)
        let reason = Self.boringSSLReason(text)
        if reason.contains("ALERT") {
            return .init(kind: .alert, .alert(reason: reason))
        }
        return .init(kind: .protocolError, reason.isEmpty ? .failed(reason: text, duringHandshake: handshake) : .notTLS(reason: reason, duringHandshake: handshake))
    }

    /// `…:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER` → `WRONG_VERSION_NUMBER`.
    private static func boringSSLReason(_ text: String) -> String {
        guard let range = text.range(of: "OPENSSL_internal:") else { return "" }
        return String(text[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
}
