package import Localization

/// The messages of `ResolutionError`, by typed key: why the probe could not be set up (`--dns`,
/// `--ca-file`, TLS) or a name not resolved, and what to do. English in
/// `ResolutionText+en.swift`, Japanese in `ResolutionText+ja.swift`. What a library, the C
/// resolver or a parser said comes as it was written (`reason`) and is shown as it is in both
/// languages; `recordType` is `A` or `AAAA`, `transport` `UDP` or `TCP`, `within` a time such as
/// `500 ms`.
package enum ResolutionText: CatalogEntry {
    // Setting up.
    /// `--dns` is not `host[:port]`.
    case dnsServerNotHostPort(text: String, reason: LocalizedText)
    /// `--dns` names a host, not an IP address.
    case dnsServerNotAddress(text: String)
    /// The `--ca-file` cannot be read.
    case caFileUnreadable(path: String, reason: String)
    /// Certificate `certificate` (counted from 1) of the `--ca-file` is not valid PEM/DER.
    case caFileInvalidCertificate(path: String, certificate: Int, reason: String)
    /// The `--ca-file` holds no PEM certificate.
    case caFileEmpty(path: String)
    /// The TLS client could not be made.
    case cannotSetUpTLS(reason: String)

    // The `--dns` server.
    /// NXDOMAIN: `name` (`host` or a name its CNAMEs led to) does not exist.
    case nameDoesNotExist(host: String, server: String, name: String)
    /// SERVFAIL.
    case serverFailed(server: String, recordType: String, name: String)
    /// REFUSED.
    case serverRefused(server: String, recordType: String, name: String)
    /// Any other response code.
    case responseCode(server: String, recordType: String, name: String, code: Int)
    /// No answer before the deadline.
    case serverDidNotAnswer(server: String, recordType: String, name: String, transport: String, within: String)
    /// The query could not be sent or its answer received.
    case cannotAsk(server: String, recordType: String, name: String, transport: String, reason: String)
    /// The server closed the TCP connection before its whole answer.
    case closedBeforeAnswer(server: String, recordType: String, name: String, transport: String)
    /// The answer is not a DNS message albdoctor can read.
    case malformedAnswer(server: String, recordType: String, name: String, transport: String, reason: String)

    // The system resolver (getaddrinfo); `family` is `IPv4` or `IPv6`.
    /// getaddrinfo did not return in time.
    case systemResolverTimedOut(host: String, family: String, within: String)
    /// The name has no address (EAI_NONAME, EAI_NODATA).
    case doesNotResolve(host: String, reason: String)
    /// getaddrinfo failed (`code`: EAI_AGAIN, EAI_FAIL, …).
    case systemResolverFailed(host: String, family: String, code: String, reason: String)

    // Either.
    /// The answers hold no address of `recordTypes` (`source`: the resolver asked).
    case noRecords(host: String, recordTypes: [String], source: String)
}
