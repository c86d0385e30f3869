public import Findings
internal import Localization
internal import TextWidth

/// Text like rustc and ruff: `path:line:col: error[ID]: message`, the source line with a caret,
/// the evidence and the fix. Colour only on a terminal.
public struct TextReporter: Reporter {
    public init() {}

    public func render(_ report: Report, context: ReportContext) -> String {
        let style = TerminalStyle(enabled: context.colour)
        let lines = context.sources.mapValues(Self.lines)
        let language = context.language
        var out = context.textSections.joined()
        for finding in report.findings {
            let head = style.severity(finding.severity, "\(FindingText.severity(finding.severity).text(in: language))[\(finding.ruleID)]")
            let place = finding.location.map { style.bold("\($0): ") } ?? ""
            out += "\(place)\(head): \(style.bold(finding.localizedMessage(language)))\n"
            if let location = finding.location, let fileLines = lines[location.file],
               location.line >= 1, location.line <= fileLines.count {
                let source = fileLines[location.line - 1].replacingTabs()
                let number = String(location.line)
                let gutter = String(repeating: " ", count: number.count)
                // Columns count Unicode scalars; the caret goes under them by display width, so a
                // Japanese comment or name before or under it keeps it in place.
                let before = String(String.UnicodeScalarView(source.unicodeScalars.prefix(max(0, location.column - 1))))
                let token = String(String.UnicodeScalarView(source.unicodeScalars.dropFirst(location.column - 1).prefix { !" :\t#,]}".unicodeScalars.contains($0) }))
                out += style.blue("\(gutter) |") + "\n"
                out += style.blue("\(number) |") + " \(source)\n"
                out += style.blue("\(gutter) |") + " " + String(repeating: " ", count: before.displayWidth)
                    + style.severity(finding.severity, String(repeating: "^", count: max(1, token.displayWidth))) + "\n"
            }
            let indent = "   "
            out += "\(indent)\(style.blue("=")) \(style.bold(ReportText.subject.text(in: language))): \(finding.subject)\n"
            if !finding.related.isEmpty {
                out += "\(indent)\(style.blue("=")) \(style.bold(ReportText.related.text(in: language))): \(finding.related.map(\.description).joined(separator: ", "))\n"
            }
            for item in finding.evidence { out += "\(indent)\(style.blue("=")) \(EvidenceLabel.text(for: item, in: language)): \(item.value(in: language))\n" }
            if let fix = finding.localizedFix?(language) {
                out += "\(indent)\(style.blue("=")) \(style.green(ReportText.fix.text(in: language))):\n"
                for line in fix.split(separator: "\n", omittingEmptySubsequences: false) { out += "\(indent)    \(style.green(String(line)))\n" }
            }
            out += "\n"
        }
        guard context.summary else { return out }
        let summary = report.summary
        if report.findings.isEmpty {
            out += style.green(ReportText.noFindings(scope: context.scope?(language)).text(in: language)) + "\n"
        } else {
            let counts = FindingText.counts(errors: summary.errors, warnings: summary.warnings, notes: summary.notes)
            out += style.bold(counts.text(in: language)) + (context.scope.map { ReportText.scopeAfterCounts($0(language)).text(in: language) } ?? "") + "\n"
        }
        return out
    }

    /// A source's lines, for LF and CR LF files alike (split by Unicode scalar: as a `Character`,
    /// CR LF is one cluster that a split on "\n" would not split at).
    static func lines(_ source: String) -> [String] {
        source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.last == "\r" ? String.UnicodeScalarView(line.dropLast()) : String.UnicodeScalarView(line))
        }
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
