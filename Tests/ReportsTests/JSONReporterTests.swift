import Foundation
import Reports
import Testing

@Suite struct JSONReporterTests {
    @Test func documentedShape() throws {
        let text = JSONReporter().render(SampleReport.report, context: ReportContext(version: "1.2.3"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["tool"] as? String == "albdoctor")
        #expect(object["version"] as? String == "1.2.3")
        #expect(object["command"] as? String == "lint")
        #expect(object["summary"] as? [String: Int] == ["errors": 1, "warnings": 0, "notes": 1])
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys) == ["rule", "severity", "title", "message", "subject", "related", "location", "evidence", "fix"])
        #expect(finding["subject"] as? String == "network/PublicSubnetB")
        #expect(finding["related"] as? [String] == ["alb/ALB", "network/VPC.MainRouteTable"])
        let location = try #require(finding["location"] as? [String: Any])
        #expect(location["file"] as? String == "fixtures/seed tokyo/network.yaml")
        #expect(location["line"] as? Int == 2)
        #expect(location["column"] as? Int == 3)
        #expect((finding["evidence"] as? [String: String])?["routes"] == "10.0.0.0/16 → local")
    }
}
