public import Localization

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
        /// Why the connect failed, in every language.
        public var detail: LocalizedText?

        /// Every stored property, as the memberwise initializer takes them.
        package init(outcome: TCPOutcome, ms: Double, detail: LocalizedText? = nil) {
            self.outcome = outcome
            self.ms = ms
            self.detail = detail
        }
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
        /// What happened, in every language.
        public var detail: LocalizedText

        /// Every stored property, as the memberwise initializer takes them.
        package init(kind: Kind, detail: LocalizedText) {
            self.kind = kind
            self.detail = detail
        }

        /// A failure the catalog words.
        package init(kind: Kind, _ text: ConnectionText) {
            self.init(kind: kind, detail: LocalizedText(text))
        }
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

        /// Every stored property, as the memberwise initializer takes them.
        package init(version: String? = nil, alpn: String? = nil, ms: Double? = nil, chain: [CertificateSummary], verification: Verification? = nil, failure: Failure? = nil) {
            self.version = version
            self.alpn = alpn
            self.ms = ms
            self.chain = chain
            self.verification = verification
            self.failure = failure
        }
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

        /// Every stored property, as the memberwise initializer takes them.
        package init(status: Int? = nil, firstByteMs: Double? = nil, server: String? = nil, location: String? = nil, failure: Failure? = nil) {
            self.status = status
            self.firstByteMs = firstByteMs
            self.server = server
            self.location = location
            self.failure = failure
        }
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

    /// Every stored property, as the memberwise initializer takes them.
    package init(port: Int, tcp: TCP, tls: TLS? = nil, http: HTTP? = nil, totalMs: Double) {
        self.port = port
        self.tcp = tcp
        self.tls = tls
        self.http = http
        self.totalMs = totalMs
    }
}
