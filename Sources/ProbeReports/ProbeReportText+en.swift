internal import Localization
internal import Probe

extension ProbeReportText {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .addressesHeading: "Addresses"
        case .certificatesHeading: "Certificates"
        case .addressColumn: "address"
        case .port80Column: "port 80"
        case .triesColumn: "tries"
        case .okColumn: "ok"
        case .subjectColumn: "subject"
        case .namesColumn: "names"
        case .issuerColumn: "issuer"
        case .validUntilColumn: "valid until"
        case .daysLeftColumn: "days left"
        case .keyColumn: "key"
        case .tcpOutcome(let outcome): outcome.rawValue
        case .tcpResult(let outcome, let time): "\(outcome.rawValue) \(time)"
        case .tcpFailedAfter(let outcome, let time): "\(outcome.rawValue) after \(time)"
        case .failureKind(let kind): kind.rawValue
        case .failure(let kind, let detail): "\(kind.rawValue): \(detail)"
        case .untrusted(let version, let time): "\(version)\(time.map { " " + $0 } ?? "") (not trusted)"
        case .invalidCertificate(let version, let time): "\(version) \(time) cert"
        case .notReached: "not reached"
        case .notChecked: "not checked"
        case .noAnswer: "no answer"
        case .succeeded(let succeeded, let count): "\(succeeded) of \(count) succeeded"
        case .matrixCaption(let url, let addresses, let resolver, let cnames):
            "\(url): \(addresses) address\(addresses == 1 ? "" : "es") from \(resolver)" + (cnames.isEmpty ? "" : ", via " + cnames.joined(separator: " → "))
        case .servedBy(let addresses): "served by \(addresses.joined(separator: ", "))"
        case .noHandshake: "No address completed a TLS handshake."
        case .resolution(let addresses, let resolver, let cnames, let answers, let dnsTime, let queries, let rounds, let live):
            Self.resolution(addresses: addresses, resolver: resolver, cnames: cnames, answers: answers, dnsTime: dnsTime, queries: queries, rounds: rounds, live: live)
        case .certificateLine(let addresses, let chain, let key, let signatureAlgorithm, let daysLeft, let fingerprint):
            "certificate on \(addresses.joined(separator: ", ")): \(chain), \(key), \(signatureAlgorithm), \(daysLeft) days left, sha256 \(fingerprint)…"
        case .moreNames(let count): "+\(count) more"
        case .valid: "✓ valid"
        case .validFor(let host, let trustAnchor): " for \(host), trusted via \(trustAnchor)"
        }
    }

    /// The terminal's line about the resolution, built in steps (one expression is too much for the type checker).
    private static func resolution(addresses: Int, resolver: String, cnames: [String], answers: String, dnsTime: String, queries: Int, rounds: Int, live: Bool) -> String {
        var text = "\(addresses) address\(addresses == 1 ? "" : "es") from \(resolver)"
        if !cnames.isEmpty { text += " via CNAME \(cnames.joined(separator: " → "))" }
        text += " (\(answers)), dns \(dnsTime)"
        if queries > 1 { text += " over \(queries) queries" }
        text += ", \(rounds) round\(rounds == 1 ? "" : "s")"
        if live { text += " — Ctrl-C to stop" }
        return text
    }
}
