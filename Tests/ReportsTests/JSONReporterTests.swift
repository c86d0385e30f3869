import Addresses
import Findings
import Foundation
import Reports
import Testing

@Suite struct JSONReporterTests {
    @Test func documentedShape() throws {
        let text = try JSONReporter().render(SampleReport.report, context: ReportContext(version: "1.2.3"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["tool"] as? String == "albdoctor")
        #expect(object["version"] as? String == "1.2.3")
        #expect(object["command"] as? String == "lint")
        #expect(object["summary"] as? [String: Int] == ["errors": 1, "warnings": 0, "notes": 1])
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys) == ["rule", "severity", "title", "message", "subject", "related", "location", "evidence", "fix", "subjectRef", "relatedRefs"])
        #expect(finding["subject"] as? String == "network/PublicSubnetB")
        #expect(finding["related"] as? [String] == ["alb/ALB", "network/VPC.MainRouteTable"])
        // The same subjects as values: what a script joins on instead of parsing the text.
        #expect(finding["subjectRef"] as? [String: String] == ["kind": "subnet", "stack": "network", "id": "PublicSubnetB"])
        #expect((finding["relatedRefs"] as? [[String: String]])?.map { $0["kind"] } == ["load-balancer", "route-table"])
        let note = try #require((object["findings"] as? [[String: Any]])?.last)
        #expect(note["related"] as? [String] == [])
        #expect(note["relatedRefs"] as? [[String: String]] == [])
        let location = try #require(finding["location"] as? [String: Any])
        #expect(location["file"] as? String == "fixtures/seed tokyo/network.yaml")
        #expect(location["line"] as? Int == 2)
        #expect(location["column"] as? Int == 3)
        #expect((finding["evidence"] as? [String: String])?["routes"] == "10.0.0.0/16 → local")
    }

    /// The typed fields read back into the same findings, whatever their kind of subject.
    @Test func typedSubjectsRoundTrip() throws {
        let subjects: [Subject] = [
            .resource(.subnet, stack: "network", id: "PublicSubnetB"), .resource(.routeTable, stack: nil, id: "rtb-1"),
            .template(.condition, stack: "t", name: "Broken"), .stack("network"), .terraform("module.vpc"),
            .address(try #require(IPAddress("2001:db8:0:0::1"))), .endpoint(address: try #require(IPAddress("203.0.113.7")), port: 80), .host("shop.example"),
            .served(host: "shop.example", addresses: [try #require(IPAddress("203.0.113.7")), try #require(IPAddress("203.0.113.8"))]), .url("https://shop.example/"),
            .client("198.51.100.4:51234"), .file("logs/a.log.gz"), .logs(.tlsConnections),
        ]
        let findings = subjects.map { Finding(ruleID: "X", severity: .note, title: "t", message: "m", subject: $0, related: subjects) }
        let decoded = try JSONDecoder().decode([Finding].self, from: JSONEncoder().encode(findings))
        #expect(decoded == findings)
        #expect(subjects.map(\.description) == [
            "network/PublicSubnetB", "rtb-1", "t/Broken", "network", "module.vpc", "2001:db8::1", "203.0.113.7:80", "shop.example",
            "shop.example on 203.0.113.7, 203.0.113.8", "https://shop.example/", "198.51.100.4:51234", "logs/a.log.gz", "TLS",
        ])
    }

    /// A number JSON cannot hold stops the command with what and where (exit 3), instead of
    /// printing a document that is not the report and exiting 0.
    @Test func aValueJSONCannotHoldIsAnErrorNotADocument() throws {
        let context = ReportContext(version: "1", extraJSON: ["analyses": ["share": Double.nan]])
        do {
            let text = try JSONReporter().render(SampleReport.report, context: context)
            Issue.record("rendered a document: \(text)")
        } catch {
            switch error {
            case .cannotEncode(let format, let path, _):
                #expect(format == "JSON")
                #expect(path == "analyses.share", "\(error)")
            }
            #expect(error.description.hasPrefix("cannot write the JSON report: the value at analyses.share cannot be encoded ("), "\(error)")
        }
    }
}
