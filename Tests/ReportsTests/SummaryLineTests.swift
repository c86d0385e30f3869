import Localization
import Findings
import Reports
import Testing

/// The closing line of the text output, which `--quiet` and `--no-summary` leave out.
@Suite struct SummaryLineTests {
    @Test func withoutSummaryNothingFollowsTheFindings() {
        var context = ReportContext(version: "1.2.3", scope: LocalizedText(english: "2 stacks"))
        let full = TextReporter().render(SampleReport.report, context: context)
        context.summary = false
        let bare = TextReporter().render(SampleReport.report, context: context)
        #expect(full.hasSuffix("1 error, 0 warnings, 1 note (2 stacks)\n"))
        #expect(full == bare + "1 error, 0 warnings, 1 note (2 stacks)\n")
    }

    @Test func withoutSummaryACleanRunPrintsNothing() {
        var context = ReportContext(version: "1.2.3", scope: LocalizedText(english: "2 stacks"))
        let clean = Report(command: "lint", findings: [])
        #expect(TextReporter().render(clean, context: context) == "No findings: 2 stacks.\n")
        context.summary = false
        #expect(TextReporter().render(clean, context: context).isEmpty)
    }
}
