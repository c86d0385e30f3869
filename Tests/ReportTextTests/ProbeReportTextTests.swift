import Localization
import Probe
import ProbeReports
import Testing
import _TestSupport

/// The probe table's words: every key in both languages with the values it shows.
@Suite struct ProbeReportTextTests {
    static let outcomes: [ConnectionResult.TCPOutcome] = [.ok, .timeout, .refused, .unreachable, .error]
    static let failureKinds: [ConnectionResult.Failure.Kind] = [.alert, .reset, .closed, .timeout, .protocolError]

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: ProbeReportText) -> [(ProbeReportText, [String])] {
        switch entry {
        case .addressesHeading, .certificatesHeading, .addressColumn, .triesColumn, .okColumn, .notReached, .notChecked, .noAnswer, .valid:
            [(.addressesHeading, []), (.certificatesHeading, []), (.addressColumn, []), (.triesColumn, []), (.okColumn, []),
             (.notReached, []), (.notChecked, []), (.noAnswer, []), (.valid, ["✓"])]
        case .port80Column: [(.port80Column, ["80"])]
        case .subjectColumn, .namesColumn, .issuerColumn, .validUntilColumn, .daysLeftColumn, .keyColumn:
            [(.subjectColumn, []), (.namesColumn, []), (.issuerColumn, []), (.validUntilColumn, []), (.daysLeftColumn, []), (.keyColumn, [])]
        case .tcpOutcome: outcomes.map { (.tcpOutcome($0), []) }
        case .tcpResult: outcomes.map { (.tcpResult($0, time: "17 ms"), ["17 ms"]) }
        case .tcpFailedAfter: outcomes.map { (.tcpFailedAfter($0, time: "4.2 s"), ["4.2 s"]) }
        case .failureKind: failureKinds.map { (.failureKind($0), []) }
        case .failure: failureKinds.map { (.failure($0, detail: "detailX5"), ["detailX5"]) }
        case .untrusted:
            [(.untrusted(version: "TLSv1.3", time: "17 ms"), ["TLSv1.3 17 ms"]), (.untrusted(version: "TLS", time: nil), ["TLS"])]
        case .invalidCertificate: [(.invalidCertificate(version: "TLSv1.2", time: "17 ms"), ["TLSv1.2 17 ms"])]
        case .succeeded: [(.succeeded(4, of: 17), ["4", "17"])]
        case .matrixCaption:
            [(.matrixCaption(url: "https://hostX1/", addresses: 7, resolver: "resolverX2", cnames: ["cnameX3", "cnameX4"]),
              ["https://hostX1/", "7", "resolverX2", "cnameX3 → cnameX4"]),
             (.matrixCaption(url: "https://hostX1/", addresses: 1, resolver: "resolverX2", cnames: []), ["https://hostX1/", "1", "resolverX2"])]
        case .servedBy: [(.servedBy(["203.0.113.77", "203.0.113.78"]), ["203.0.113.77, 203.0.113.78"])]
        case .noHandshake: [(.noHandshake, ["TLS"])]
        case .resolution:
            [(.resolution(addresses: 7, resolver: "resolverX2", cnames: ["cnameX3", "cnameX4"], answers: "A 203.0.113.77 ttl 60s", dnsTime: "23 ms", queries: 5, rounds: 9, live: true),
              ["7", "resolverX2", "cnameX3 → cnameX4", "A 203.0.113.77 ttl 60s", "23 ms", "5", "9", "Ctrl-C"]),
             (.resolution(addresses: 1, resolver: "resolverX2", cnames: [], answers: "AAAA 2001:db8::7", dnsTime: "23 ms", queries: 1, rounds: 1, live: false),
              ["resolverX2", "AAAA 2001:db8::7", "23 ms"])]
        case .certificateLine:
            [(.certificateLine(addresses: ["203.0.113.77", "203.0.113.78"], chain: "CN=leafX1 [hostX1] ← CN=caX2", key: "EC P-256", signatureAlgorithm: "ecdsa-with-SHA384",
                               daysLeft: 43, fingerprint: "ab12cd34ef56ab78"),
              ["203.0.113.77, 203.0.113.78", "CN=leafX1 [hostX1] ← CN=caX2", "EC P-256", "ecdsa-with-SHA384", "43", "sha256 ab12cd34ef56ab78…"])]
        case .moreNames: [(.moreNames(4), ["4"])]
        case .validFor: [(.validFor(host: "hostX1", trustAnchor: "anchorX2"), ["hostX1", "anchorX2"])]
        }
    }

    @Test func everyKey() {
        let keys: [ProbeReportText] = [
            .addressesHeading, .certificatesHeading, .addressColumn, .port80Column, .triesColumn, .okColumn,
            .subjectColumn, .namesColumn, .issuerColumn, .validUntilColumn, .daysLeftColumn, .keyColumn,
            .tcpOutcome(.ok), .tcpResult(.ok, time: ""), .tcpFailedAfter(.ok, time: ""), .failureKind(.alert), .failure(.alert, detail: ""),
            .untrusted(version: "", time: nil), .invalidCertificate(version: "", time: ""), .notReached, .notChecked, .noAnswer,
            .succeeded(0, of: 0), .matrixCaption(url: "", addresses: 0, resolver: "", cnames: []), .servedBy([]), .noHandshake,
            .resolution(addresses: 0, resolver: "", cnames: [], answers: "", dnsTime: "", queries: 0, rounds: 0, live: false),
            .certificateLine(addresses: [], chain: "", key: "", signatureAlgorithm: "", daysLeft: 0, fingerprint: ""),
            .moreNames(0), .valid, .validFor(host: "", trustAnchor: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ProbeReports/ProbeReportText.swift")
    }

    /// The English cells are the ones the table always had.
    @Test func englishCells() {
        #expect(ProbeReportText.tcpFailedAfter(.timeout, time: "4.2 s").english == "timeout after 4.2 s")
        #expect(ProbeReportText.untrusted(version: "TLSv1.3", time: nil).english == "TLSv1.3 (not trusted)")
        #expect(ProbeReportText.invalidCertificate(version: "?", time: "").english == "?  cert")
        #expect(ProbeReportText.resolution(addresses: 1, resolver: "system resolver", cnames: [], answers: "A 192.0.2.1", dnsTime: "3 ms", queries: 1, rounds: 1, live: false).english
            == "1 address from system resolver (A 192.0.2.1), dns 3 ms, 1 round")
        #expect(ProbeReportText.failureKind(.protocolError).english == "protocol-error")
    }
}
