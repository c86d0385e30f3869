public import Localization
public import Probe

/// The words of the probe's address table, in the terminal and in HTML reports: headings,
/// column names, outcomes and the lines about the resolution and the certificates. Addresses,
/// times, versions, status codes and protocol names (DNS, TCP, TLS, HTTP) are shown as they are.
public enum ProbeReportText: CatalogEntry {
    /// The HTML sections' headings.
    case addressesHeading, certificatesHeading
    /// The address table's columns that are words.
    case addressColumn, port80Column, triesColumn, okColumn
    /// The certificate table's columns.
    case subjectColumn, namesColumn, issuerColumn, validUntilColumn, daysLeftColumn, keyColumn
    /// How a TCP connect ended: alone, with its time, and (HTML) a failed one with how long it took.
    case tcpOutcome(ConnectionResult.TCPOutcome)
    case tcpResult(ConnectionResult.TCPOutcome, time: String)
    case tcpFailedAfter(ConnectionResult.TCPOutcome, time: String)
    /// How a TLS handshake or HTTP exchange failed: its kind alone, or with the detail (which
    /// comes as the library wrote it).
    case failureKind(ConnectionResult.Failure.Kind)
    case failure(ConnectionResult.Failure.Kind, detail: String)
    /// A handshake that completed with a certificate clients do not trust (HTML), or that is not
    /// valid for the host (the terminal's table, after its ✗).
    case untrusted(version: String, time: String?)
    case invalidCertificate(version: String, time: String)
    /// Cells of a phase that did not run.
    case notReached, notChecked, noAnswer
    /// How many of an address's tries succeeded.
    case succeeded(Int, of: Int)
    /// The line under the HTML table's heading: the URL, its addresses and who resolved them.
    case matrixCaption(url: String, addresses: Int, resolver: String, cnames: [String])
    /// Which addresses served a certificate chain, and what the section says when none did.
    case servedBy([String])
    case noHandshake
    /// The terminal's line after the URL: the addresses, who resolved them through which
    /// CNAMEs, the answers (`A 192.0.2.1 ttl 60s`), the DNS time, the rounds.
    case resolution(addresses: Int, resolver: String, cnames: [String], answers: String, dnsTime: String, queries: Int, rounds: Int, live: Bool)
    /// The terminal's line of a certificate chain: where it was served and what its leaf is.
    case certificateLine(addresses: [String], chain: String, key: String, signatureAlgorithm: String, daysLeft: Int, fingerprint: String)
    /// After the first three names of a certificate: how many more it has.
    case moreNames(Int)
    /// A chain valid for the host: the mark, then for which host and through which trust anchor.
    case valid
    case validFor(host: String, trustAnchor: String)
}
