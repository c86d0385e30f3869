internal import Findings
internal import Pictures

/// `--format html`: one self-contained page — the view's sections, then every finding.
struct HTMLReporter: Reporter {
    func render(_ report: Report, context: ReportContext) -> String {
        var page = HTMLPage(
            title: report.command, scope: context.scope?(context.language) ?? "", generated: context.generated, version: context.version,
            sections: context.htmlSections, findings: report.findings)
        page.language = context.language
        return page.render()
    }
}
