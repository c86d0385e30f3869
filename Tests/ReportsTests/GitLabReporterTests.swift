import Findings
import Foundation
import Reports
import Testing

/// `--format gitlab` against the fields GitLab documents for a Code Quality report: an array of
/// issues, each with `description`, `check_name`, `fingerprint`, `severity` (info, minor, major,
/// critical or blocker) and `location.path` with `location.lines.begin`.
@Suite struct GitLabReporterTests {
    private func issues(_ report: Report) throws -> [[String: Any]] {
        let text = try GitLabReporter().render(report, context: ReportContext(version: "1.2.3"))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func everyDocumentedFieldOfEveryIssue() throws {
        let issues = try issues(SampleReport.report)
        #expect(issues.count == 2)
        for issue in issues {
            #expect(Set(issue.keys) == ["description", "check_name", "fingerprint", "severity", "location"])
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let location = try #require(issue["location"] as? [String: Any])
            #expect(Set(location.keys) == ["path", "lines"])
            #expect(((location["lines"] as? [String: Any])?["begin"] as? Int).map { $0 >= 1 } == true)
        }
        let first = issues[0]
        #expect(first["description"] as? String == SampleReport.report.findings[0].message)
        #expect(first["check_name"] as? String == "ALB001")
        #expect(first["severity"] as? String == "critical")
        let location = try #require(first["location"] as? [String: Any])
        #expect(location["path"] as? String == "fixtures/seed tokyo/network.yaml")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 2)
        // A note (here without a file, as `aws` findings are): info, at its subject, line 1.
        #expect(issues[1]["severity"] as? String == "info")
        #expect((issues[1]["location"] as? [String: Any])?["path"] as? String == "alb/ALB")
    }

    @Test func fingerprintFollowsRuleSubjectAndFileNotTheLine() throws {
        let finding = SampleReport.report.findings[0]
        func fingerprint(_ change: (inout Finding) -> Void) throws -> String {
            var changed = finding
            change(&changed)
            return try #require(try issues(Report(command: "lint", findings: [changed]))[0]["fingerprint"] as? String)
        }
        let original = try fingerprint { _ in }
        #expect(original.count == 32 && original.allSatisfy(\.isHexDigit))
        #expect(try fingerprint { _ in } == original, "the same finding gets the same fingerprint on every run")
        #expect(try fingerprint { $0.location?.line = 40; $0.message += " (moved)" } == original, "lines moving above it keep its identity")
        #expect(try fingerprint { $0.location?.file = "./fixtures/seed tokyo/network.yaml" } == original)
        #expect(try fingerprint { $0.ruleID = "ALB002" } != original)
        #expect(try fingerprint { $0.subject = .resource(.subnet, stack: "network", id: "PublicSubnetA") } != original)
        #expect(try fingerprint { $0.location?.file = "other.yaml" } != original)
    }

    @Test func twoFindingsOfOneRuleOnOneSubjectStayTwoIssues() throws {
        let finding = SampleReport.report.findings[0]
        var second = finding
        second.location?.line = 9
        let fingerprints = try issues(Report(command: "lint", findings: [finding, second])).compactMap { $0["fingerprint"] as? String }
        #expect(fingerprints.count == 2 && Set(fingerprints).count == 2)
    }

    @Test func severityScale() throws {
        let findings = [Severity.error, .warning, .note].map { severity in
            Finding(ruleID: "X", severity: severity, title: "t", message: "m", subject: .host("s\(severity)"))
        }
        #expect(try issues(Report(command: "lint", findings: findings)).map { $0["severity"] as? String } == ["critical", "major", "info"])
    }

    @Test func noFindingsIsAnEmptyArray() throws {
        #expect(try issues(Report(command: "lint", findings: [])).isEmpty)
    }
}
