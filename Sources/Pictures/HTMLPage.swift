public import Findings
public import Localization

/// One self-contained report page: inline CSS and SVG, a Content-Security-Policy that forbids
/// every fetch (no script, no font, no image from anywhere), readable offline and printed.
public struct HTMLPage: Sendable {
    public var title: String
    /// One line about what was checked.
    public var scope: String
    /// When the report was made, as written in it (`SOURCE_DATE_EPOCH` when set, for reproducible output).
    public var generated: String
    public var version: String
    /// The view's own sections, in order, before the findings.
    public var sections: [HTML]
    public var findings: [Finding]
    /// Reload the page after this many seconds (a status page), or never.
    public var refreshSeconds: Int?
    /// The language of its headings and of the findings' texts.
    public var language: Language = .en

    public init(title: String, scope: String, generated: String, version: String, sections: [HTML], findings: [Finding], refreshSeconds: Int? = nil) {
        self.refreshSeconds = refreshSeconds
        self.title = title
        self.scope = scope
        self.generated = generated
        self.version = version
        self.sections = sections
        self.findings = findings
    }

    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    public func render() -> String {
        let counts = FindingText.counts(
            errors: findings.count { $0.severity == .error }, warnings: findings.count { $0.severity == .warning },
            notes: findings.count { $0.severity == .note }).text(in: language)
        var meta: [HTML] = [
            .element("meta", ["charset": "utf-8"]),
            .element("meta", ["http-equiv": "Content-Security-Policy", "content": Self.contentSecurityPolicy]),
            .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
        ]
        if let refreshSeconds { meta.append(.element("meta", ["http-equiv": "refresh", "content": String(refreshSeconds)])) }
        let head = HTML.element("head", [:], meta + [.element("title", text: "albdoctor — \(title)"), .element("style", text: Self.css)])
        let line = "\(scope) · \(counts) · \(generated) · albdoctor \(version)"
        var parts: [HTML] = [.element("header", [:], [.element("h1", text: "albdoctor — \(title)"), .element("p", ["class": "muted"], text: line)])]
        for section in sections { parts.append(.element("section", [:], [section])) }
        var findingParts: [HTML] = [.element("h2", text: PageText.findingsHeading.text(in: language))]
        if findings.isEmpty {
            findingParts.append(.element("p", ["class": "ok"], text: PageText.noFindings.text(in: language)))
        } else {
            findingParts += findings.map { Self.card($0, language: language) }
        }
        parts.append(.element("section", ["id": "findings"], findingParts))
        return "<!DOCTYPE html>\n" + HTML.element("html", ["lang": language.rawValue], [head, .element("body", [:], parts)]).render() + "\n"
    }

    /// One finding: severity, id, message, where, the evidence and the fix.
    static func card(_ finding: Finding, language: Language = .en) -> HTML {
        let severity = FindingText.severity(finding.severity).text(in: language)
        var children: [HTML] = [
            .element("p", [:], [
                .element("span", ["class": "badge \(finding.severity.rawValue)"], text: "\(severity) \(finding.ruleID)"),
                .text(" "), .element("span", ["class": "message"], text: finding.localizedMessage(language)),
            ]),
        ]
        var rows: [(String, String)] = [(PageText.subjectLabel.text(in: language), finding.subject.description)]
        if let location = finding.location { rows.insert((PageText.whereLabel.text(in: language), location.description), at: 0) }
        if !finding.related.isEmpty { rows.append((PageText.relatedLabel.text(in: language), finding.related.map(\.description).joined(separator: ", "))) }
        rows += finding.evidence.items.map { (EvidenceLabel.text(for: $0, in: language), $0.value(in: language)) }
        children.append(.element("table", ["class": "evidence"], rows.map { row in
            .element("tr", [:], [.element("th", text: row.0), .element("td", text: row.1)])
        }))
        if let fix = finding.localizedFix?(language) { children.append(.element("pre", ["class": "fix"], text: fix)) }
        return .element("div", ["class": "finding \(finding.severity.rawValue)", "data-rule": finding.ruleID], children)
    }

    static let css = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;margin:24px auto;max-width:1280px;padding:0 16px}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
        .muted{color:#656d76}.ok{color:#1a7f37}.bad{fill:#c62828;color:#c62828}.small{font-size:11px}
        table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}
        th{background:#f6f8fa;font-weight:600}td.good{background:#dafbe1}td.fail{background:#ffebe9;color:#82071e;font-weight:600}
        td.warn{background:#fff8c5}.finding{border-left:4px solid #d0d7de;padding:4px 12px;margin:12px 0}
        .finding.error{border-color:#c62828}.finding.warning{border-color:#bf8700}.finding.note{border-color:#0969da}
        .badge{font-weight:700;font-family:ui-monospace,monospace}.badge.error{color:#c62828}.badge.warning{color:#9a6700}.badge.note{color:#0969da}
        table.evidence th{width:180px}pre{background:#f6f8fa;padding:8px;overflow-x:auto;white-space:pre-wrap}
        svg{font:12px system-ui,sans-serif;max-width:100%;height:auto}svg .title{font-weight:700;font-size:13px}svg .zone{font-weight:600;fill:#656d76}
        svg .box{fill:#fff;stroke:#8c959f;stroke-width:1.5}svg .gateway{fill:#ddf4ff;stroke:#0969da}svg .balancer{fill:#fbefff;stroke:#8250df}
        svg .subnet.broken,svg .box.broken{fill:#ffebe9;stroke:#c62828;stroke-width:3}svg .internet{fill:#f6f8fa;stroke:#8c959f}
        svg .link{stroke:#8c959f;stroke-width:1.5}svg .link.ok{stroke:#1a7f37;stroke-width:2}svg .link.broken{stroke:#c62828;stroke-width:3;stroke-dasharray:8 5}
        svg .tag{fill:#c62828}svg .tag-text{fill:#fff;font-weight:700}svg .node{fill:#8250df}svg .node.broken{fill:#c62828}svg .name{font-weight:700}
        svg .bar.orphan{fill:#c62828}svg .bar.tls{fill:#bf8700}svg .axis{stroke:#8c959f}svg .ok-dot{fill:#1a7f37}svg .fail-dot{fill:#c62828}
        .cause{border:2px solid #c62828;background:#fff5f5;padding:8px 14px;border-radius:6px}.healthy{border:2px solid #1a7f37;background:#f0fff4;padding:8px 14px;border-radius:6px}
        .view{font-family:ui-monospace,monospace;color:#0969da}
        @media print{body{margin:0;max-width:none}section{break-inside:avoid}}
        """
}
