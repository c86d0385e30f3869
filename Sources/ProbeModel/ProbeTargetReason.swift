package import Localization

/// Why a host name or URL (`probe`'s targets, `serve`'s URLs) or a `host[:port]` (`--dns`) cannot
/// be read, by typed key. English in `ProbeTargetReason+en.swift`, Japanese in
/// `ProbeTargetReason+ja.swift`.
package enum ProbeTargetReason: CatalogEntry {
    /// A scheme other than http:// and https://.
    case notHTTP
    /// Nothing where the host name goes.
    case noHostName
    /// A host name with characters outside ASCII (an IDN name not in its xn-- form).
    case internationalised(host: String)
    /// A host name that is not dot-separated labels of letters, digits, '-' and '_'.
    case invalidHostName(host: String)
    /// `[` without its `]`.
    case unclosedIPv6
    /// Something other than `:port` after `[v6]`.
    case unexpectedAfterIPv6(text: String)
    /// Brackets around something that is not an IPv6 address.
    case notIPv6(host: String)
    /// Several colons without brackets, in something that is not an IPv6 address.
    case ambiguousColons
    /// A port that is not a number from 1 to 65535.
    case invalidPort(text: String)
}
