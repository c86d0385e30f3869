import Foundation
import Reports
import Rules
import Testing
import _TestSupport

@Suite struct SARIFReporterTests {
    private func render() throws -> String {
        try SARIFReporter().render(SampleReport.report, context: ReportContext(
            version: "1.2.3", sources: ["fixtures/seed tokyo/network.yaml": SampleReport.source], rules: RuleRegistry.all.map(\.ruleDescription)))
    }

    @Test(.requires(.python("jsonschema", packages: "jsonschema")))
    func validAgainstTheSARIF210Schema() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-\(UUID().uuidString).sarif")
        try render().write(to: output, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try await validateSARIF(output.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("valid"))
    }

    @Test func carriesRulesResultsAndLocations() throws {
        let object = try JSONSerialization.jsonObject(with: Data(render().utf8)) as? [String: Any]
        let run = try #require((object?["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == 15)
        #expect(rules.first?["id"] as? String == "ALB001")
        #expect((rules.first?["helpUri"] as? String)?.hasPrefix("https://docs.aws.amazon.com/") == true)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        #expect(results[0]["ruleId"] as? String == "ALB001")
        #expect(results[0]["level"] as? String == "error")
        #expect(results[0]["ruleIndex"] as? Int == 0)
        let physical = try #require(((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "fixtures/seed%20tokyo/network.yaml")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 2)
        #expect(results[1]["level"] as? String == "note")
    }
}
