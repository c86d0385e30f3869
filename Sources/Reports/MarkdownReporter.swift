internal import Findings
internal import Pictures

/// `--format markdown`: a summary fit for a pull-request comment — counts, the view's sections
/// (the network as a Mermaid flowchart), the findings as a table and their fixes.
struct MarkdownReporter: Reporter {
    func render(_ report: Report, context: ReportContext) -> String {
        let summary = report.summary
        var out = "### albdoctor \(Markdown.text(report.command)): \(counted(summary.errors, "error")), \(counted(summary.warnings, "warning")), \(counted(summary.notes, "note"))\n\n"
        if let scope = context.scope { out += Markdown.text(scope) + "\n\n" }
        for section in context.markdownSections { out += section + "\n" }
        out += Markdown.findings(report.findings)
        return out
    }
}
