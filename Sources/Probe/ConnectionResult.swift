/// What one connection to one address and port showed, phase by phase.
public struct ConnectionResult: Sendable, Hashable, Codable {
    /// How a TCP connect ended.
    public enum TCPOutcome: String, Sendable, Codable {
        /// The handshake completed.
        case ok
        /// No answer before the connect deadline: filtered, or replies have no route back.
        case timeout
        /// The address answered with a reset: nothing listens on the port.
        case refused
        /// An ICMP error or a local routing error: no route to the address.
        case unreachable
        /// Any other socket error (see `detail`).
        case error
    }

    public struct TCP: Sendable, Hashable, Codable {
        public var outcome: TCPOutcome
        public var ms: Double
        public var detail: String?
    }

    /// How a TLS handshake or HTTP exchange failed after the connect.
    public struct Failure: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Codable {
            /// The server sent a TLS alert.
            case alert
            /// The server reset the connection.
            case reset
            /// The server closed the connection.
            case closed
            /// No progress before `--timeout`.
            case timeout
            /// Bytes that are not the protocol expected.
            case protocolError = "protocol-error"
        }

        public var kind: Kind
        public var detail: String
    }

    public struct TLS: Sendable, Hashable, Codable {
        /// `TLSv1.3`, `TLSv1.2`, …
        public var version: String?
        /// The protocol the server chose by ALPN, if any.
        public var alpn: String?
        /// Handshake time, from connected to finished.
        public var ms: Double?
        /// The certificates exactly as served, leaf first.
        public var chain: [CertificateSummary]
        /// What swift-certificates made of the chain.
        public var verification: Verification?
        public var failure: Failure?
    }

    public struct HTTP: Sendable, Hashable, Codable {
        public var status: Int?
        /// From the request sent to the response head received.
        public var firstByteMs: Double?
        public var server: String?
        public var location: String?
        public var failure: Failure?

        /// 301, 302, 307 or 308: the answer sends the client to `location`.
        public var isRedirect: Bool { status.map { [301, 302, 307, 308].contains($0) } ?? false }
    }

    public var port: Int
    public var tcp: TCP
    public var tls: TLS?
    public var http: HTTP?
    public var totalMs: Double

    /// Whether every phase this connection attempted succeeded (any HTTP status counts).
    public var succeeded: Bool {
        tcp.outcome == .ok && tls?.failure == nil && http?.failure == nil && http?.status != nil
    }
}
