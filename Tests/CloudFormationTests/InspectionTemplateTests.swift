import Foundation
import Findings
import Testing

/// Templates of each inspection design (`Templates/inspection/`), linted as `albdoctor lint FILE`.
@Suite struct InspectionTemplateTests {
    static func findings(_ file: String) throws -> [Finding] {
        try Lint.findings(paths: [try Lint.templatesFolder("inspection") + "/" + file])
    }

    @Test(arguments: ["firewall-symmetric.yaml", "gwlb-symmetric.yaml"])
    func symmetricInspectionIsHealthy(file: String) throws {
        let findings = try Self.findings(file)
        #expect(findings.isEmpty, "\(findings.map { "\($0.ruleID) \($0.severity): \($0.message)" })")
    }

    @Test func aMissingEdgeRouteIsAnErrorOnThatSubnet() throws {
        let findings = try Self.findings("firewall-missing-edge-route.yaml")
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["ALB013"], "\(findings.map(\.message))")
        let error = try #require(errors.first)
        #expect(error.subject == .resource(.subnet, stack: "firewall-missing-edge-route", id: "AppSubnet2"))
        #expect(error.message.contains("AppSubnet2 (ap-northeast-1c) of internet-facing shop-alb sends 0.0.0.0/0 through Network Firewall endpoint Firewall.EndpointIds[1]"))
        #expect(error.message.contains("EdgeRouteTable, the edge route table of Igw, has no route for 10.20.2.0/24"))
        #expect(error.evidence["edge route table"] == "EdgeRouteTable")
        #expect(error.fix?.contains("RouteTableId: !Ref EdgeRouteTable\n      DestinationCidrBlock: 10.20.2.0/24\n      VpcEndpointId: !Select [1, !Split [\":\", !Select [1, !GetAtt Firewall.EndpointIds]]]") == true, "\(error.fix ?? "")")
        #expect(error.location?.line == 85)
    }

    @Test func crossedEndpointsAreAnErrorOnBothSubnets() throws {
        let errors = try Self.findings("firewall-crossed.yaml").filter { $0.severity >= .warning }
        #expect(errors.map(\.ruleID) == ["ALB013", "ALB013"])
        #expect(errors.map(\.subject.description) == ["firewall-crossed/AppSubnet1", "firewall-crossed/AppSubnet2"])
        #expect(errors.first?.message.contains("sends 10.20.1.0/24 to Network Firewall endpoint Firewall.EndpointIds[1] instead") == true)
        #expect(errors.first?.fix?.hasPrefix("Make EdgeRouteToApp1 (10.20.1.0/24) in EdgeRouteTable go through the endpoint AppSubnet1's own default route uses") == true)
    }

    @Test func aTransitGatewayDefaultRouteIsUnverifiedSayingWhy() throws {
        let findings = try Self.findings("transit-gateway.yaml")
        #expect(!findings.contains { $0.severity >= .warning }, "\(findings.map(\.message))")
        let notes = findings.filter { $0.ruleID == "ALB001" }
        #expect(notes.count == 2)
        #expect(notes.allSatisfy { $0.message.contains("sends 0.0.0.0/0 to transit gateway tgw-0123456789abcdef0, whose far side") && $0.message.contains("is not in the deployment") })
    }
}

extension InspectionTemplateTests {
    @Test func theIPv6WayBackIsCheckedForADualstackLoadBalancer() throws {
        let findings = try Self.findings("firewall-dualstack-missing-ipv6-edge-route.yaml").filter { $0.severity >= .warning }
        #expect(findings.map(\.ruleID) == ["ALB013"], "\(findings.map(\.message))")
        let error = try #require(findings.first)
        #expect(error.subject.description == "firewall-dualstack-missing-ipv6-edge-route/AppSubnet2")
        #expect(error.message.contains("sends ::/0 through Network Firewall endpoint Firewall.EndpointIds[1], but EdgeRouteTable, the edge route table of Igw, has no route for 2001:db8:20:2::/64"))
        #expect(error.fix?.contains("DestinationIpv6CidrBlock: 2001:db8:20:2::/64") == true)
    }

    /// A dualstack load balancer's ::/0 leaves through the firewall endpoints' subnets too: one
    /// whose route table has no ::/0 to the internet gateway is an error (it was a silent pass).
    @Test func theEndpointSubnetsOfADualstackLoadBalancerNeedTheIPv6WayOut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-inspection-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: try Lint.templatesFolder("inspection") + "/firewall-dualstack-missing-ipv6-edge-route.yaml", encoding: .utf8)
        let withoutIPv6Out = text.replacingOccurrences(of: "      DestinationIpv6CidrBlock: '::/0'\n      GatewayId: !Ref Igw\n", with: "      DestinationIpv6CidrBlock: '::/0'\n      EgressOnlyInternetGatewayId: eigw-0abc\n")
        #expect(withoutIPv6Out != text)
        try withoutIPv6Out.write(toFile: folder + "/dualstack.yaml", atomically: true, encoding: .utf8)
        let errors = try Lint.findings(paths: [folder + "/dualstack.yaml"]).filter { $0.severity == .error }
        let endpointSubnets = errors.filter { ["FirewallSubnet1", "FirewallSubnet2"].contains($0.subject.id(of: .subnet) ?? "") }
        #expect(endpointSubnets.count == 2, "\(errors.map(\.message))")
        #expect(endpointSubnets.allSatisfy { $0.ruleID == "ALB013" && $0.message.contains("sends ::/0 to egress-only internet gateway eigw-0abc, not to an internet gateway") }, "\(endpointSubnets.map(\.message))")
    }
}
