public import Localization
public import Pictures
public import Probe

/// The probe as report sections: the address × phase matrix with times and outcomes, and the
/// certificate chain each address served.
public enum ProbeHTML {
    public static func sections(_ reports: [ProbeReport], language: Language = .en) -> [HTML] {
        reports.flatMap { [matrix($0, language: language), certificates($0, language: language)] }
    }

    /// One row per address: DNS, TCP, TLS, HTTP, port 80, tries — each cell its outcome and time.
    public static func matrix(_ report: ProbeReport, language: Language = .en) -> HTML {
        func text(_ entry: ProbeReportText) -> String { entry.text(in: language) }
        let header = HTML.element("tr", [:], [text(.addressColumn), "DNS", "TCP", "TLS", "HTTP", text(.port80Column), text(.triesColumn)].map { .element("th", text: $0) })
        let rows = report.addresses.map { address -> HTML in
            let tcp = address.tcp.outcome == .ok
                ? cell(text(.tcpResult(.ok, time: address.tcp.ms.millisecondsText)), .good) : cell(text(.tcpFailedAfter(address.tcp.outcome, time: address.tcp.ms.millisecondsText)), .fail)
            let tls: HTML
            if let value = address.tls {
                if let failure = value.failure {
                    tls = cell(text(.failure(failure.kind, detail: failure.detail(language))), .fail)
                } else {
                    let trusted = value.verification.map { $0.trusted && $0.nameMatches } ?? true
                    let version = value.version ?? "TLS", time = value.ms?.millisecondsText
                    tls = trusted ? cell(version + (time.map { " " + $0 } ?? ""), .good) : cell(text(.untrusted(version: version, time: time)), .warn)
                }
            } else {
                tls = cell(address.tcp.outcome == .ok ? "—" : text(.notReached), address.tcp.outcome == .ok ? .none : .fail)
            }
            let http: HTML
            if let value = address.http {
                if let failure = value.failure { http = cell(text(.failure(failure.kind, detail: failure.detail(language))), .fail) } else {
                    http = cell("\(value.status.map(String.init) ?? "?")\(value.firstByteMs.map { " " + $0.millisecondsText } ?? "")\(value.server.map { " " + $0 } ?? "")", .good)
                }
            } else {
                http = cell(text(.notReached), .fail)
            }
            let port80: HTML
            if let result = address.port80 {
                if result.tcp.outcome != .ok { port80 = cell(text(.tcpOutcome(result.tcp.outcome)), .fail) } else {
                    let status = result.http?.status.map(String.init) ?? text(.noAnswer)
                    port80 = cell("\(status)\(result.http?.location.map { " → " + $0 } ?? "")", result.http?.isRedirect == true ? .good : .warn)
                }
            } else {
                port80 = cell(text(.notChecked), .none)
            }
            let rounds = address.rounds
            let triesCell = cell(text(.succeeded(rounds.succeeded, of: rounds.count)), rounds.succeeded == rounds.count ? .good : .fail)
            return .element("tr", ["data-address": address.address.description], [
                .element("th", text: address.address.description), cell(address.phases.dnsMs.map(\.millisecondsText) ?? "—", .none), tcp, tls, http, port80, triesCell,
            ])
        }
        let caption = text(.matrixCaption(url: report.url, addresses: report.addresses.count, resolver: report.resolution.source, cnames: report.resolution.cnames))
        return .element("div", ["class": "probe"], [
            .element("h2", text: text(.addressesHeading)),
            .element("p", ["class": "muted"], text: caption),
            .element("table", ["class": "matrix"], [header] + rows),
        ])
    }

    /// The chain each distinct address served, leaf first.
    static func certificates(_ report: ProbeReport, language: Language = .en) -> HTML {
        func text(_ entry: ProbeReportText) -> String { entry.text(in: language) }
        var seen: [[String]] = []
        var blocks: [HTML] = [.element("h2", text: text(.certificatesHeading))]
        for address in report.addresses {
            guard let chain = address.tls?.chain, !chain.isEmpty else { continue }
            let fingerprints = chain.map(\.sha256)
            if seen.contains(fingerprints) { continue }
            seen.append(fingerprints)
            let columns: [ProbeReportText] = [.subjectColumn, .namesColumn, .issuerColumn, .validUntilColumn, .daysLeftColumn, .keyColumn]
            let header = HTML.element("tr", [:], columns.map { .element("th", text: text($0)) })
            let rows = chain.map { certificate in
                HTML.element("tr", [:], [
                    .element("td", text: certificate.subject), .element("td", text: certificate.subjectAlternativeNames.joined(separator: ", ")),
                    .element("td", text: certificate.issuer), .element("td", text: certificate.notAfter),
                    cell(String(certificate.daysLeft), certificate.daysLeft < 0 ? .fail : certificate.daysLeft <= 30 ? .warn : .good),
                    .element("td", text: certificate.key),
                ])
            }
            let served = report.addresses.filter { $0.tls?.chain.map(\.sha256) == fingerprints }.map(\.address.description)
            blocks.append(.element("p", ["class": "muted"], text: text(.servedBy(served))))
            blocks.append(.element("table", [:], [header] + rows))
        }
        if blocks.count == 1 { blocks.append(.element("p", ["class": "muted"], text: text(.noHandshake))) }
        return .element("div", ["class": "certificates"], blocks)
    }

    enum Tone { case good, fail, warn, none }

    static func cell(_ text: String, _ tone: Tone) -> HTML {
        switch tone {
        case .good: .element("td", ["class": "good"], text: text)
        case .fail: .element("td", ["class": "fail"], text: text)
        case .warn: .element("td", ["class": "warn"], text: text)
        case .none: .element("td", text: text)
        }
    }
}
