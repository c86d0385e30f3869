import Findings
import Testing

/// Network Load Balancers (`Templates/nlb/`): the same per-zone nodes as an ALB, on Elastic IPs
/// per subnet mapping, and one zone allowed.
@Suite struct NetworkLoadBalancerTemplateTests {
    static func findings(_ file: String) throws -> [Finding] {
        try Lint.findings(paths: [try Lint.templatesFolder("nlb") + "/" + file])
    }

    @Test func theUnroutedSubnetOfAMappingIsTheError() throws {
        let findings = try Self.findings("eips-one-unrouted-subnet.yaml").filter { $0.severity >= .warning }
        #expect(findings.map(\.ruleID) == ["ALB001"], "\(findings.map(\.message))")
        #expect(findings.first?.subject.description == "eips-one-unrouted-subnet/SubnetC")
        #expect(findings.first?.message.contains("so the node of internet-facing tcp-front in it is unreachable: about 1 in 3 of its addresses will hang") == true)
    }

    @Test func oneZoneIsFineForANetworkLoadBalancer() throws {
        let findings = try Self.findings("single-zone.yaml")
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func anEgressOnlyGatewayGivesIPv6ClientsNoWayIn() throws {
        let findings = try Self.findings("dualstack-egress-only.yaml").filter { $0.severity >= .warning }
        #expect(findings.map(\.ruleID) == ["ALB002"], "\(findings.map(\.message))")
        #expect(findings.first?.message.contains("sends ::/0 to egress-only internet gateway EgressOnlyGateway, which carries no inbound traffic from the internet") == true)
    }
}
