internal import Localization

/// The messages of `albdoctor probe`'s findings (PRB001–PRB014), by typed key. English in
/// `ProbeFindingText+en.swift`, Japanese in `ProbeFindingText+ja.swift`. A connection's detail, a
/// certificate problem and a lookup's failure come from the probe in every language
/// (`ConnectionText`, `CertificateProblem`, `ResolutionText`).
enum ProbeFindingText: CatalogEntry {
    // PRB001–PRB003: connecting.
    /// PRB001: an address that never connected; `port` and `detail` say what clients see.
    case neverConnects(address: String, total: Int, host: String, outcome: ConnectionResult.TCPOutcome, failed: Int, tries: Int, port: Int, detail: LocalizedText?)
    /// PRB002: an address that connected in some tries only; `outcomes` tallies the others.
    case connectsSometimes(address: String, total: Int, host: String, connected: Int, tries: Int, outcomes: String)
    /// PRB003: an IPv6 address published in AAAA that never connects while IPv4 does.
    case publishedAAAADoesNotAnswer(address: String, total: Int, host: String, port: Int, outcome: ConnectionResult.TCPOutcome, failed: Int, tries: Int)

    // PRB004, PRB005: the exchange after the connect.
    /// PRB004: the TLS handshake fails; `failure` is the kind (`alert`, `reset`, …).
    case tlsFails(address: String, port: Int, host: String, failure: String, detail: LocalizedText)
    /// PRB005: no HTTP response after TLS (or after the connect, for http:// URLs).
    case noHTTPResponse(address: String, overTLS: Bool, url: String, failure: String, detail: LocalizedText)

    // PRB006, PRB007: port 80.
    /// PRB006: port 80 does not connect.
    case port80DoesNotConnect(address: String, host: String, outcome: ConnectionResult.TCPOutcome)
    /// PRB006: port 80 connects but gives no HTTP answer.
    case port80GivesNoAnswer(address: String, detail: LocalizedText?, host: String)
    /// PRB007: port 80 redirects elsewhere than HTTPS on the same host (nowhere when `location` is empty).
    case port80RedirectsElsewhere(host: String, address: String, location: String)
    /// PRB007: port 80 answers without a redirect.
    case port80AnswersWithoutRedirect(host: String, address: String, status: Int)

    // PRB008–PRB012: the certificate the `addresses` serve.
    /// PRB012: the leaf cannot be read.
    case certificateUnreadable(addresses: [String], host: String, problem: LocalizedText?)
    /// PRB008: the leaf expired `days` days ago.
    case certificateExpired(addresses: [String], host: String, days: Int, notAfter: String)
    /// PRB008: the leaf is not valid yet.
    case certificateNotYetValid(addresses: [String], host: String, notBefore: String)
    /// PRB009: the leaf expires in `days` days.
    case certificateExpiresSoon(addresses: [String], host: String, days: Int, notAfter: String)
    /// PRB010: the leaf is for `names` (its subject alternative names, else its subject), not the host.
    case certificateForAnotherName(addresses: [String], names: [String], host: String)
    /// PRB011: the leaf comes without the intermediate that `issuer` names.
    case intermediateMissing(addresses: [String], host: String, issuer: String)
    /// PRB012: the chain leads to no trusted root.
    case chainNotTrusted(addresses: [String], host: String, problem: LocalizedText?)

    // PRB013, PRB014: the addresses together.
    /// PRB013: the working addresses answer differently.
    case addressesDisagree(host: String, differences: [AddressDifference])
    /// PRB014: the lookup of one record type failed, so only `probed` addresses of the other were probed.
    case familyLookupFails(recordType: String, host: String, reason: LocalizedText, probed: Int)
}

/// One way the working addresses of a host answer differently (PRB013): each answer, with the
/// addresses that gave it.
enum AddressDifference: CatalogEntry {
    /// The leaf served: its subject and the start of its fingerprint.
    case certificate([DifferingAnswer])
    /// The HTTP status.
    case status([DifferingAnswer])
    /// The TLS version negotiated.
    case tlsVersion([DifferingAnswer])
}

/// One answer of ``AddressDifference`` (`-` when there is none) and the addresses that gave it.
struct DifferingAnswer: Sendable {
    var value: String
    var addresses: [String]
}
