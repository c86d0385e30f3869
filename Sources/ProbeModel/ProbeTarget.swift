internal import Addresses
internal import Foundation
public import Localization

/// What to probe: the URL a user typed, reduced to scheme, host, port and path.
public struct ProbeTarget: Sendable, Hashable, Codable {
    public enum Scheme: String, Sendable, Codable {
        case http, https

        /// 80 or 443.
        public var defaultPort: Int { self == .https ? 443 : 80 }
    }

    public var scheme: Scheme
    /// The host name (lowercased) or IP literal, without brackets.
    public var host: String
    public var port: Int
    /// The path and query to request, starting with `/`.
    public var path: String

    /// Whether the host is an IP literal (then there is nothing to resolve and no SNI).
    public var hostIsAddress: Bool { IPAddress(host) != nil }

    /// The URL as albdoctor shows it.
    public var url: String {
        "\(scheme.rawValue)://\(HostPort(host: host, port: port == scheme.defaultPort ? nil : port).text)\(path)"
    }

    /// Why a target cannot be probed.
    public struct ParseError: LocalizedFailure, CustomStringConvertible {
        /// What was given.
        public var text: String
        /// What is wrong with it, in every language, e.g. "no host name".
        public var localizedReason: LocalizedText

        /// What is wrong with it, in English.
        public var reason: String { localizedReason.english }

        /// `'ftp://test.jp': expected an http:// or https:// URL (or a bare host name)`.
        public var description: String { "'\(text)': \(reason)" }

        /// `description` in every language.
        public var localizedMessage: LocalizedText { LocalizedText(sameInEveryLanguage: "'\(text)': ").appending(localizedReason) }
    }

    /// Parses `test.jp`, `https://test.jp/health`, `http://[2001:db8::1]:8080/`, `198.51.100.7`.
    /// A bare host means https on 443.
    public init(parsing text: String) throws(ParseError) {
        func fail(_ why: ProbeTargetReason) -> ParseError { ParseError(text: text, localizedReason: LocalizedText(why)) }
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        if let range = rest.range(of: "://") {
            guard let scheme = Scheme(rawValue: rest[..<range.lowerBound].lowercased()) else {
                throw fail(.notHTTP)
            }
            self.scheme = scheme
            rest = rest[range.upperBound...]
        } else {
            scheme = .https
        }
        let pathStart = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var authority = rest[..<pathStart]
        var path = String(rest[pathStart...].prefix { $0 != "#" })
        if path.isEmpty || path.hasPrefix("?") { path = "/" + path }
        self.path = path
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        let parsed: HostPort
        do { parsed = try HostPort(parsing: authority) } catch { throw ParseError(text: text, localizedReason: error.reason) }
        host = parsed.host.lowercased()
        if host.hasSuffix(".") && host.count > 1 { host.removeLast() }
        guard !host.isEmpty else { throw fail(.noHostName) }
        port = parsed.port ?? scheme.defaultPort
        guard hostIsAddress || host.utf8.allSatisfy({ $0 < 0x80 }) else {
            throw fail(.internationalised(host: host))
        }
        guard hostIsAddress || host.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ label in
            (1...63).contains(label.count) && label.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }
        }) else {
            throw fail(.invalidHostName(host: host))
        }
    }
}
