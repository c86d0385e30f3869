/// One access-log entry: the fields the analyses read.
public struct AccessRecord: Sendable, Equatable {
    /// The `type` field.
    public enum Kind: String, Sendable {
        case http, https, h2, grpcs, ws, wss, other
    }

    public var kind: Kind
    /// Microseconds since 1970 (`time`, when the response was sent).
    public var time: Int64
    public var client: ClientAddress
    public var elbStatus: Int?
    /// Nil when the load balancer answered itself (`-`).
    public var targetStatus: Int?
    /// Seconds; nil for `-1`.
    public var targetProcessingTime: Double?
    /// The load balancer answered with its own redirect (`actions_executed` has `redirect`, 30x).
    public var isRedirect: Bool
    public var redirectURL: String?
    public var userAgent: String?
    public var request: String?
    public var errorReason: String?
    public var connTraceID: TraceID?

    public init(
        kind: Kind, time: Int64, client: ClientAddress, elbStatus: Int? = nil, targetStatus: Int? = nil, targetProcessingTime: Double? = nil,
        isRedirect: Bool, redirectURL: String? = nil, userAgent: String? = nil, request: String? = nil, errorReason: String? = nil, connTraceID: TraceID? = nil
    ) {
        self.kind = kind
        self.time = time
        self.client = client
        self.elbStatus = elbStatus
        self.targetStatus = targetStatus
        self.targetProcessingTime = targetProcessingTime
        self.isRedirect = isRedirect
        self.redirectURL = redirectURL
        self.userAgent = userAgent
        self.request = request
        self.errorReason = errorReason
        self.connTraceID = connTraceID
    }

    /// Whether the request came over TLS: `https`, `h2`, `wss`, `grpcs`.
    public var isEncrypted: Bool { kind == .https || kind == .h2 || kind == .wss || kind == .grpcs }
}

/// One connection-log entry: a TLS connection attempt.
public struct ConnectionRecord: Sendable, Equatable {
    public var time: Int64
    public var client: ClientAddress
    public var listenerPort: Int?
    public var tlsProtocol: String?
    /// `Success`, `-` (no client-certificate check) or `Failed:…`.
    public var verifyStatus: String
    public var connTraceID: TraceID?

    /// Whether the handshake failed (`Failed:…`). The first byte settles nearly every line without
    /// a string comparison (this runs for every connection).
    public var failed: Bool { verifyStatus.utf8.first == UInt8(ascii: "F") && verifyStatus.hasPrefix("Failed") }
}

/// A parsed line of either log.
public enum LogRecord: Sendable, Equatable {
    case access(AccessRecord)
    case connection(ConnectionRecord)
}
