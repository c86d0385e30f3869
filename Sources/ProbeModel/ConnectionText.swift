package import Localization

/// How one connection failed, in a user's words (`ConnectionResult.TCP.detail`,
/// `ConnectionResult.Failure.detail`, quoted by PRB001, PRB004–PRB006 and the probe's table), by
/// typed key. English in `ConnectionText+en.swift`, Japanese in `ConnectionText+ja.swift`. What
/// the system, BoringSSL or NIO said comes as it was written (`reason`); `duringHandshake` tells
/// the TLS handshake from the HTTP exchange.
package enum ConnectionText: CatalogEntry {
    /// A step of the exchange after the connect.
    package enum Stage: Sendable {
        /// The TLS handshake.
        case tlsHandshake
        /// The exchange before the request was sent.
        case exchange
        /// The HTTP response, after the request.
        case httpResponse
    }

    // The connect.
    /// No answer to the SYN before the connect timeout.
    case noAnswerToSYN
    /// The address answered with a reset.
    case refused
    /// The system gave up the connect (ETIMEDOUT).
    case connectTimedOut

    // The exchange.
    /// The TLS and HTTP handlers could not be set up on the connection.
    case cannotStartExchange(reason: String)
    /// `stage` did not finish before `--timeout` (`within`, e.g. `800 ms`).
    case unfinished(Stage, within: String)
    /// The server closed the connection during the TLS handshake.
    case closedDuringHandshake
    /// The server closed the connection before its response.
    case closedBeforeResponse
    /// The server reset the connection.
    case reset(duringHandshake: Bool)
    /// The server closed the connection without TLS's close_notify.
    case closed(duringHandshake: Bool)
    /// A socket error, as the system words it.
    case socketError(reason: String, duringHandshake: Bool)
    /// The answer is not HTTP.
    case notHTTP(reason: String)
    /// The server sent a TLS alert (BoringSSL's name of it).
    case alert(reason: String)
    /// BoringSSL refused what the server sent (its reason, e.g. WRONG_VERSION_NUMBER).
    case notTLS(reason: String, duringHandshake: Bool)
    /// Any other failure, as the library words it.
    case failed(reason: String, duringHandshake: Bool)
}
