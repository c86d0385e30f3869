internal import Addresses
package import Localization

/// A host and an optional port, read from `host`, `host:port`, `[v6]`, `[v6]:port` or a bare
/// IPv6 literal: the one reading of an authority, for URLs and for `--dns SERVER[:PORT]`.
package struct HostPort: Sendable {
    /// Why the text is not `host[:port]`; callers say where the text came from.
    package struct ParseError: Error, Sendable {
        /// What is wrong, in every language.
        package var reason: LocalizedText

        /// The reason from the catalog.
        init(_ reason: ProbeTargetReason) { self.reason = LocalizedText(reason) }
    }

    /// The host without brackets, as written.
    package var host: String
    package var port: Int?

    package init(host: String, port: Int?) {
        self.host = host
        self.port = port
    }

    /// The authority as written in a URL or a Host header: IPv6 in brackets, `:port` when there is one.
    package var text: String {
        (host.contains(":") ? "[\(host)]" : host) + (port.map { ":\($0)" } ?? "")
    }

    package init(parsing authority: Substring) throws(ParseError) {
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw ParseError(.unclosedIPv6) }
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty { throw ParseError(.unexpectedAfterIPv6(text: String(after))) }
            guard IPAddress(host)?.family == .ipv6 else { throw ParseError(.notIPv6(host: host)) }
        } else if authority.filter({ $0 == ":" }).count > 1 {
            guard IPAddress(String(authority))?.family == .ipv6 else {
                throw ParseError(.ambiguousColons)
            }
            host = String(authority)
        } else if let colon = authority.firstIndex(of: ":") {
            host = String(authority[..<colon])
            portText = authority[authority.index(after: colon)...]
        } else {
            host = String(authority)
        }
        if let portText {
            guard let port = Int(portText), (1...65535).contains(port) else { throw ParseError(.invalidPort(text: String(portText))) }
            self.port = port
        }
    }
}
