internal import Findings
internal import Pictures

/// `--format markdown`: a summary fit for a pull-request comment — counts, the view's sections
/// (the network as a Mermaid flowchart), the findings as a table and their fixes.
struct MarkdownReporter: Reporter {
    func render(_ report: Report, context: ReportContext) -> String {
        let summary = report.summary
        let language = context.language
        let counts = FindingText.counts(errors: summary.errors, warnings: summary.warnings, notes: summary.notes).text(in: language)
        var out = "### albdoctor \(Markdown.text(report.command)): \(counts)\n\n"
        if let scope = context.scope { out += Markdown.text(scope(language)) + "\n\n" }
        for section in context.markdownSections { out += section + "\n" }
        out += Markdown.findings(report.findings, language: language)
        return out
    }
}
