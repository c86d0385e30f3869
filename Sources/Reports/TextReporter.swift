public import Findings
internal import TextWidth

/// Text like rustc and ruff: `path:line:col: error[ID]: message`, the source line with a caret,
/// the evidence and the fix. Colour only on a terminal.
public struct TextReporter: Reporter {
    public init() {}

    public func render(_ report: Report, context: ReportContext) -> String {
        let style = TerminalStyle(enabled: context.colour)
        let lines = context.sources.mapValues(Self.lines)
        var out = context.textSections.joined()
        for finding in report.findings {
            let head = style.severity(finding.severity, "\(finding.severity.rawValue)[\(finding.ruleID)]")
            let place = finding.location.map { style.bold("\($0): ") } ?? ""
            out += "\(place)\(head): \(style.bold(finding.message))\n"
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
            out += "\(indent)\(style.blue("=")) \(style.bold("subject")): \(finding.subject)\n"
            if !finding.related.isEmpty { out += "\(indent)\(style.blue("=")) \(style.bold("related")): \(finding.related.map(\.description).joined(separator: ", "))\n" }
            for item in finding.evidence { out += "\(indent)\(style.blue("=")) \(item.key): \(item.value)\n" }
            if let fix = finding.fix {
                out += "\(indent)\(style.blue("=")) \(style.green("fix")):\n"
                for line in fix.split(separator: "\n", omittingEmptySubsequences: false) { out += "\(indent)    \(style.green(String(line)))\n" }
            }
            out += "\n"
        }
        guard context.summary else { return out }
        let summary = report.summary
        if report.findings.isEmpty {
            out += style.green("No findings") + (context.scope.map { ": \($0)." } ?? ".") + "\n"
        } else {
            let parts = [
                "\(summary.errors) error\(summary.errors == 1 ? "" : "s")",
                "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s")",
                "\(summary.notes) note\(summary.notes == 1 ? "" : "s")",
            ]
            out += style.bold(parts.joined(separator: ", ")) + (context.scope.map { " (\($0))" } ?? "") + "\n"
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
