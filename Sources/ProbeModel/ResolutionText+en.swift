internal import Localization

extension ResolutionText {
    /// The English of every entry.
    package var english: String {
        switch self {
        case .dnsServerNotHostPort(let text, let reason):
            "--dns '\(text)': \(reason.english)"
        case .dnsServerNotAddress(let text):
            "--dns '\(text)': expected the IP address of a DNS server, optionally with :PORT (e.g. 10.0.0.2:53 or [fd00::53]:53)"
        case .caFileUnreadable(let path, let reason):
            "--ca-file \(path): cannot read it (\(reason))"
        case .caFileInvalidCertificate(let path, let certificate, let reason):
            "--ca-file \(path): certificate \(certificate) is not valid PEM/DER (\(reason))"
        case .caFileEmpty(let path):
            "--ca-file \(path): expected PEM certificates (-----BEGIN CERTIFICATE-----), found none"
        case .cannotSetUpTLS(let reason):
            "cannot set up TLS: \(reason)"
        case .nameDoesNotExist(let host, let server, let name):
            "\(host) does not exist: \(server) answered NXDOMAIN for \(name)"
        case .serverFailed(let server, let recordType, let name):
            "\(server) failed to resolve \(recordType) \(name) (SERVFAIL)"
        case .serverRefused(let server, let recordType, let name):
            "\(server) refused to resolve \(recordType) \(name) (REFUSED): is it a resolver for this name?"
        case .responseCode(let server, let recordType, let name, let code):
            "\(server) answered \(recordType) \(name) with response code \(code)"
        case .serverDidNotAnswer(let server, let recordType, let name, let transport, let within):
            "\(server) did not answer \(recordType) \(name) over \(transport) within \(within)"
        case .cannotAsk(let server, let recordType, let name, let transport, let reason):
            "cannot ask \(server) for \(recordType) \(name) over \(transport): \(reason)"
        case .closedBeforeAnswer(let server, let recordType, let name, let transport):
            "cannot ask \(server) for \(recordType) \(name) over \(transport): the server closed the TCP connection before a full answer"
        case .malformedAnswer(let server, let recordType, let name, let transport, let reason):
            "\(server) sent a malformed answer to \(recordType) \(name) over \(transport): \(reason)"
        case .systemResolverTimedOut(let host, let family, let within):
            "the system resolver did not answer for \(host) (\(family)) within \(within); try --dns SERVER to ask a server directly"
        case .doesNotResolve(let host, let reason):
            "\(host) does not resolve (\(reason)); check the name, or ask its DNS server with --dns SERVER"
        case .systemResolverFailed(let host, let family, let code, let reason):
            "the system resolver failed for \(host) (\(family), \(code)): \(reason)"
        case .noRecords(let host, let recordTypes, let source):
            "\(host) has no \(recordTypes.joined(separator: " or ")) records (asked \(source))"
        }
    }
}
