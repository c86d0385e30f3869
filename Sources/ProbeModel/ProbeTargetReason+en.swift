extension ProbeTargetReason {
    /// The English of every entry.
    package var english: String {
        switch self {
        case .notHTTP: "expected an http:// or https:// URL (or a bare host name)"
        case .noHostName: "no host name"
        case .internationalised(let host): "'\(host)' is an internationalised (IDN) name; give its ASCII form (xn--…), e.g. from `idn2 '\(host)'`"
        case .invalidHostName(let host): "'\(host)' is not a valid host name (letters, digits, '-' and '_' in dot-separated labels of 1 to 63 characters)"
        case .unclosedIPv6: "an IPv6 literal needs its closing ']'"
        case .unexpectedAfterIPv6(let text): "unexpected '\(text)' after the IPv6 literal"
        case .notIPv6(let host): "'\(host)' is not an IPv6 address"
        case .ambiguousColons: "expected host[:port]; write IPv6 addresses in brackets, as in [2001:db8::1]:443"
        case .invalidPort(let text): "port '\(text)' is not a number from 1 to 65535"
        }
    }
}
