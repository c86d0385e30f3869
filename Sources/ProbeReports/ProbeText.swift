internal import Addresses
public import Localization
public import Probe
internal import Reports
internal import TextWidth

/// The address table of `albdoctor probe`, before the findings: one row per address, each phase
/// with ✓/✗, its outcome and its time.
public enum ProbeText {
    /// Moves the cursor home and clears the screen, before a live table is drawn again.
    public static let clearScreen = "\u{1B}[H\u{1B}[2J"

    /// One frame of `probe --watch` on a terminal: the screen cleared, then the live table.
    public static func liveFrame(_ reports: [ProbeReport], colour: Bool, language: Language = .en) -> String {
        clearScreen + render(reports, colour: colour, live: true, language: language)
    }

    public static func render(_ reports: [ProbeReport], colour: Bool, live: Bool = false, language: Language = .en) -> String {
        func text(_ entry: ProbeReportText) -> String { entry.text(in: language) }
        let style = TerminalStyle(enabled: colour)
        var out = ""
        for report in reports {
            let resolution = report.resolution
            let families = Dictionary(grouping: resolution.answers) { $0.address.family }
            let answered = [("A", IPAddress.Family.ipv4), ("AAAA", .ipv6)].compactMap { label, family in
                families[family].map { "\(label) " + $0.map { $0.address.text + ($0.ttl.map { " ttl \($0)s" } ?? "") }.joined(separator: ", ") }
            }.joined(separator: "; ")
            out += style.bold(report.url) + "  " + text(.resolution(
                addresses: resolution.answers.count, resolver: resolution.source, cnames: resolution.cnames, answers: answered,
                dnsTime: resolution.ms.millisecondsText, queries: resolution.rounds, rounds: report.rounds, live: live)) + "\n"
            var rows = [["", text(.addressColumn), "tcp", "tls", "http", report.port == 443 && report.url.hasPrefix("https") ? text(.port80Column) : "", text(.okColumn)]]
            for item in report.addresses { rows.append(row(item, style: style, language: language)) }
            let widths = rows[0].indices.map { column in rows.map { $0[column].displayWidth }.max() ?? 0 }
            for (index, row) in rows.enumerated() {
                let line = row.indices.map { column in row[column].padded(to: widths[column]) }.joined(separator: "  ")
                out += "  " + (index == 0 ? style.dim(line) : line).trimmingTrailingSpaces() + "\n"
            }
            for (fingerprint, items) in Dictionary(grouping: report.addresses.filter { $0.tls?.chain.isEmpty == false }, by: { $0.tls?.chain.first?.sha256 ?? "" }).sorted(by: { $0.key < $1.key }) {
                guard let tls = items.first?.tls, let leaf = tls.chain.first else { continue }
                let chain = tls.chain.map { "\($0.subject)\($0 == leaf ? names(leaf.subjectAlternativeNames, language: language) : "")" }.joined(separator: " ← ")
                out += "  " + text(.certificateLine(
                    addresses: items.map(\.address.text), chain: chain, key: leaf.key, signatureAlgorithm: leaf.signatureAlgorithm,
                    daysLeft: leaf.daysLeft, fingerprint: String(fingerprint.prefix(16)))) + "\n"
                if let verification = tls.verification {
                    out += "    " + (verification.isValid
                        ? style.green(text(.valid)) + text(.validFor(host: report.host, trustAnchor: verification.trustAnchor ?? "-"))
                        : style.severity(.error, "✗ ") + verification.problems.map { $0(language) }.joined(separator: "; ")) + "\n"
                }
            }
            out += "\n"
        }
        return out
    }

    /// ` [a, b, c +4 more]`
    private static func names(_ names: [String], language: Language) -> String {
        guard !names.isEmpty else { return "" }
        return " [" + names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " " + ProbeReportText.moreNames(names.count - 3).text(in: language) : "") + "]"
    }

    private static func row(_ item: AddressReport, style: TerminalStyle, language: Language) -> [String] {
        func text(_ entry: ProbeReportText) -> String { entry.text(in: language) }
        func tick(_ good: Bool) -> String { good ? style.green("✓") : style.severity(.error, "✗") }
        func cell(_ good: Bool, _ text: String) -> String { tick(good) + " " + text }
        let tcp = cell(item.tcp.outcome == .ok, text(.tcpResult(item.tcp.outcome, time: item.tcp.ms.millisecondsText)))
        var tls = "–"
        if let value = item.tls, item.tcp.outcome == .ok {
            if let failure = value.failure {
                tls = cell(false, text(.failureKind(failure.kind)))
            } else {
                let valid = value.verification?.isValid ?? true
                let version = value.version ?? "?", time = value.ms?.millisecondsText ?? ""
                tls = cell(valid, valid ? "\(version) \(time)" : text(.invalidCertificate(version: version, time: time)))
            }
        }
        var http = "–"
        if let value = item.http, item.tcp.outcome == .ok {
            if let status = value.status {
                http = cell(status < 500, "\(status) \(value.firstByteMs?.millisecondsText ?? "")\(value.server.map { " \($0)" } ?? "")")
            } else if let failure = value.failure {
                http = cell(false, text(.failureKind(failure.kind)))
            }
        }
        var port80 = ""
        if let plain = item.port80 {
            if plain.tcp.outcome != .ok {
                port80 = cell(false, text(.tcpOutcome(plain.tcp.outcome)))
            } else if let status = plain.http?.status {
                port80 = cell(plain.http?.isRedirect == true, "\(status)\(plain.http?.location.map { " → \($0)" } ?? "")")
            } else {
                port80 = cell(false, text(plain.http?.failure.map { ProbeReportText.failureKind($0.kind) } ?? .noAnswer))
            }
        }
        return [tick(item.rounds.succeeded == item.rounds.count), item.address.text, tcp, tls, http, port80, "\(item.rounds.succeeded)/\(item.rounds.count)"]
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
