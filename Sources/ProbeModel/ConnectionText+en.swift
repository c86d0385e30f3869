extension ConnectionText {
    /// The English of every entry.
    package var english: String {
        switch self {
        case .noAnswerToSYN: "no answer to the SYN within the connect timeout"
        case .refused: "connection refused (RST): nothing listens on this port"
        case .connectTimedOut: "the connect timed out"
        case .cannotStartExchange(let reason): "cannot start the exchange: \(reason)"
        case .unfinished(let stage, let within): "the \(Self.name(stage)) did not finish within \(within)"
        case .closedDuringHandshake: "the server closed the connection during the TLS handshake"
        case .closedBeforeResponse: "the server closed the connection before sending a response"
        case .reset(let duringHandshake): "the server reset the connection \(Self.during(duringHandshake))"
        case .closed(let duringHandshake): "the server closed the connection \(Self.during(duringHandshake))"
        case .socketError(let reason, let duringHandshake): "\(reason) \(Self.during(duringHandshake))"
        case .notHTTP(let reason): "the answer is not HTTP (\(reason))"
        case .alert(let reason): "the server sent the TLS alert \(reason)"
        case .notTLS(let reason, let duringHandshake): "\(reason) \(Self.during(duringHandshake)): the server did not speak TLS as expected"
        case .failed(let reason, let duringHandshake): "\(reason) \(Self.during(duringHandshake))"
        }
    }

    /// `TLS handshake`, `exchange`, `HTTP response`.
    private static func name(_ stage: Stage) -> String {
        switch stage {
        case .tlsHandshake: "TLS handshake"
        case .exchange: "exchange"
        case .httpResponse: "HTTP response"
        }
    }

    /// `during the TLS handshake` or `during the HTTP exchange`.
    private static func during(_ handshake: Bool) -> String {
        handshake ? "during the TLS handshake" : "during the HTTP exchange"
    }
}
