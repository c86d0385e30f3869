import Findings
import Localization
import Foundation
import Reports
import Testing

@Suite struct TextReporterTests {
    private func render(colour: Bool) -> String {
        TextReporter().render(SampleReport.report, context: ReportContext(
            version: "1", sources: ["fixtures/seed tokyo/network.yaml": SampleReport.source], colour: colour, scope: LocalizedText(english: "2 stacks")))
    }

    @Test func rustcStyleHeadSourceLineAndCaret() {
        let lines = render(colour: false).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "fixtures/seed tokyo/network.yaml:2:3: error[ALB001]: PublicSubnetB (ap-northeast-1c) uses the main route table of VPC, which has no 0.0.0.0/0 route to an internet gateway.")
        #expect(lines[2] == "2 |   PublicSubnetB: # added for the Tokyo deployment only")
        #expect(lines[3] == "  |   ^^^^^^^^^^^^^")
        #expect(lines.contains("   = availability zone: ap-northeast-1c"))
        #expect(lines.contains("         PublicSubnetBRouteTableAssociation:"))
        #expect(lines.contains("1 error, 0 warnings, 1 note (2 stacks)"))
    }

    /// A template saved on Windows (CR LF): the finding's own line is shown, without its CR.
    @Test func sourceLineOfAFileWithWindowsLineEndings() {
        let source = SampleReport.source.replacingOccurrences(of: "\n", with: "\r\n")
        let text = TextReporter().render(SampleReport.report, context: ReportContext(version: "1", sources: ["fixtures/seed tokyo/network.yaml": source]))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[2] == "2 |   PublicSubnetB: # added for the Tokyo deployment only")
        #expect(lines[3] == "  |   ^^^^^^^^^^^^^")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!render(colour: false).contains("\u{1B}["))
        #expect(render(colour: true).contains("\u{1B}[1;31merror[ALB001]\u{1B}[0m"))
    }

    @Test func cleanReportSaysWhatWasChecked() {
        let text = TextReporter().render(.init(command: "lint", findings: []), context: ReportContext(version: "1", scope: LocalizedText(english: "2 stacks, 1 load balancer")))
        #expect(text == "No findings: 2 stacks, 1 load balancer.\n")
    }

    /// An evidence key made of a value (a load balancer's name) carries its own Japanese label,
    /// which a Japanese report shows; JSON keeps the English key.
    @Test func evidenceLabelMadeOfAValueReadsInJapanese() throws {
        let report = Report(command: "lint", findings: [
            Finding(
                ruleID: "ALB009", severity: .error, title: "titleX1", message: "messageX2.",
                subject: .resource(.listener, stack: "alb", id: "HttpListener"),
                evidence: Evidence([
                    Evidence.Item(key: "redirect", value: "HTTPS:443 (HTTP_301)"),
                    Evidence.Item(label: LocalizedText(english: "listeners of lbX1", japanese: "lbX1 のリスナー"), value: "HTTP:80"),
                ])),
        ])
        var context = ReportContext(version: "1")
        context.language = .ja
        let japanese = TextReporter().render(report, context: context)
        #expect(japanese.contains("   = リダイレクト: HTTPS:443 (HTTP_301)\n"), "\(japanese)")
        #expect(japanese.contains("   = lbX1 のリスナー: HTTP:80\n"), "\(japanese)")
        #expect(!japanese.contains("listeners of"))
        let english = TextReporter().render(report, context: ReportContext(version: "1"))
        #expect(english.contains("   = listeners of lbX1: HTTP:80\n"), "\(english)")
        let json = try JSONReporter().render(report, context: context)
        #expect(json.contains("\"listeners of lbX1\""), "\(json)")
        #expect(!json.contains("lbX1 のリスナー"))
    }

    /// A view's own text (probe's table, the diagnosis) comes first, from the same context as the
    /// HTML and Markdown sections; the summary still closes the output.
    @Test func theViewsTextComesBeforeTheFindings() {
        var context = ReportContext(version: "1", sources: ["fixtures/seed tokyo/network.yaml": SampleReport.source], scope: LocalizedText(english: "2 stacks"))
        context.textSections = ["ADDRESS        RESULT\n198.51.100.7   timeout\n\n"]
        let text = TextReporter().render(SampleReport.report, context: context)
        #expect(text.hasPrefix("ADDRESS        RESULT\n198.51.100.7   timeout\n\nfixtures/seed tokyo/network.yaml:2:3: error[ALB001]"))
        #expect(text.hasSuffix("1 error, 0 warnings, 1 note (2 stacks)\n"))
    }
}
