internal import Addresses
public import Probe
internal import Reports
internal import TextWidth

/// The address table of `albdoctor probe`, before the findings: one row per address, each phase
/// with ✓/✗, its outcome and its time.
public enum ProbeText {
    /// Moves the cursor home and clears the screen, before a live table is drawn again.
    public static let clearScreen = "\u{1B}[H\u{1B}[2J"

    /// One frame of `probe --watch` on a terminal: the screen cleared, then the live table.
    public static func liveFrame(_ reports: [ProbeReport], colour: Bool) -> String {
        clearScreen + render(reports, colour: colour, live: true)
    }

    public static func render(_ reports: [ProbeReport], colour: Bool, live: Bool = false) -> String {
        let style = TerminalStyle(enabled: colour)
        var out = ""
        for report in reports {
            let resolution = report.resolution
            let families = Dictionary(grouping: resolution.answers) { $0.address.family }
            let answered = [("A", IPAddress.Family.ipv4), ("AAAA", .ipv6)].compactMap { label, family in
                families[family].map { "\(label) " + $0.map { $0.address.text + ($0.ttl.map { " ttl \($0)s" } ?? "") }.joined(separator: ", ") }
            }.joined(separator: "; ")
            out += style.bold(report.url) + "  \(resolution.answers.count) address\(resolution.answers.count == 1 ? "" : "es") from \(resolution.source)"
            out += resolution.cnames.isEmpty ? "" : " via CNAME \(resolution.cnames.joined(separator: " → "))"
            out += " (\(answered)), dns \(resolution.ms.millisecondsText)"
            out += resolution.rounds > 1 ? " over \(resolution.rounds) queries" : ""
            out += ", \(report.rounds) round\(report.rounds == 1 ? "" : "s")\(live ? " — Ctrl-C to stop" : "")\n"
            var rows = [["", "address", "tcp", "tls", "http", report.port == 443 && report.url.hasPrefix("https") ? "port 80" : "", "ok"]]
            for item in report.addresses { rows.append(row(item, style: style)) }
            let widths = rows[0].indices.map { column in rows.map { $0[column].displayWidth }.max() ?? 0 }
            for (index, row) in rows.enumerated() {
                let line = row.indices.map { column in row[column].padded(to: widths[column]) }.joined(separator: "  ")
                out += "  " + (index == 0 ? style.dim(line) : line).trimmingTrailingSpaces() + "\n"
            }
            for (fingerprint, items) in Dictionary(grouping: report.addresses.filter { $0.tls?.chain.isEmpty == false }, by: { $0.tls?.chain.first?.sha256 ?? "" }).sorted(by: { $0.key < $1.key }) {
                guard let tls = items.first?.tls, let leaf = tls.chain.first else { continue }
                out += "  certificate on \(items.map(\.address.text).joined(separator: ", ")): "
                out += tls.chain.map { "\($0.subject)\($0 == leaf ? names(leaf.subjectAlternativeNames) : "")" }.joined(separator: " ← ")
                out += ", \(leaf.key), \(leaf.signatureAlgorithm), \(leaf.daysLeft) days left, sha256 \(fingerprint.prefix(16))…\n"
                if let verification = tls.verification {
                    out += "    " + (verification.isValid
                        ? style.green("✓ valid") + " for \(report.host), trusted via \(verification.trustAnchor ?? "-")"
                        : style.severity(.error, "✗ ") + verification.problems.joined(separator: "; ")) + "\n"
                }
            }
            out += "\n"
        }
        return out
    }

    /// ` [a, b, c +4 more]`
    private static func names(_ names: [String]) -> String {
        guard !names.isEmpty else { return "" }
        return " [" + names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " +\(names.count - 3) more" : "") + "]"
    }

    private static func row(_ item: AddressReport, style: TerminalStyle) -> [String] {
        func tick(_ good: Bool) -> String { good ? style.green("✓") : style.severity(.error, "✗") }
        func cell(_ good: Bool, _ text: String) -> String { tick(good) + " " + text }
        let tcp = cell(item.tcp.outcome == .ok, "\(item.tcp.outcome.rawValue) \(item.tcp.ms.millisecondsText)")
        var tls = "–"
        if let value = item.tls, item.tcp.outcome == .ok {
            if let failure = value.failure {
                tls = cell(false, failure.kind.rawValue)
            } else {
                let valid = value.verification?.isValid ?? true
                tls = cell(valid, "\(value.version ?? "?") \(value.ms?.millisecondsText ?? "")\(valid ? "" : " cert")")
            }
        }
        var http = "–"
        if let value = item.http, item.tcp.outcome == .ok {
            if let status = value.status {
                http = cell(status < 500, "\(status) \(value.firstByteMs?.millisecondsText ?? "")\(value.server.map { " \($0)" } ?? "")")
            } else if let failure = value.failure {
                http = cell(false, failure.kind.rawValue)
            }
        }
        var port80 = ""
        if let plain = item.port80 {
            if plain.tcp.outcome != .ok {
                port80 = cell(false, plain.tcp.outcome.rawValue)
            } else if let status = plain.http?.status {
                port80 = cell(plain.http?.isRedirect == true, "\(status)\(plain.http?.location.map { " → \($0)" } ?? "")")
            } else {
                port80 = cell(false, plain.http?.failure?.kind.rawValue ?? "no answer")
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
