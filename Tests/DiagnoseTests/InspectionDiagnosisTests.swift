import Addresses
import AWSModel
import Diagnose
import Findings
import Foundation
import Rules
import Testing

/// `diagnose` names a node whose subnet is inspected one way only as the root cause, as it does
/// for a subnet without an internet route: the account's ALB013 finding on that subnet.
@Suite struct InspectionDiagnosisTests {
    static let arn = ShopAccount.arn

    /// Gateway Load Balancer endpoints per zone; the edge route table sends subnet A's block back
    /// through endpoint A and has no route for subnet B's.
    static func inventory() -> Inventory {
        ShopAccount.inventory(routeTables: [
            ShopAccount.table("rtb-a", [ShopAccount.route("0.0.0.0/0", "vpce-a")], subnet: "subnet-a"),
            ShopAccount.table("rtb-b", [ShopAccount.route("0.0.0.0/0", "vpce-b", field: "vpcEndpointId")], subnet: "subnet-b"),
            ShopAccount.table("rtb-edge", [ShopAccount.route("10.40.1.0/24", "vpce-a")], gateway: "igw-1"),
        ])
    }

    @Test func theSubnetInspectedOneWayIsTheRootCause() throws {
        let inventory = Self.inventory()
        let topology = inventory.topology()
        let findings = RuleRegistry.check(topology)
        #expect(findings.filter { $0.severity >= .warning }.map(\.ruleID) == ["ALB013"], "\(findings.map(\.message))")
        let match = try #require(LoadBalancerMatch.find(in: inventory, cnames: ["shop-1.ap-northeast-1.elb.amazonaws.com"], addresses: []))
        let diagnosis = DiagnosisBuilder.build(DiagnosisInput(
            url: "https://shop.test/",
            account: .init(inventory: inventory, source: .region(name: "ap-northeast-1"), findings: findings, match: match, topology: topology)))
        #expect(diagnosis.verdict == .broken)
        #expect(diagnosis.rootCause?.rules == ["ALB013"])
        #expect(diagnosis.rootCause?.subnet == "subnet-b")
        #expect(diagnosis.rootCause?.message.english.contains("rtb-edge, the edge route table of igw-1, has no route for 10.40.2.0/24") == true)
        #expect(diagnosis.fix?.command?.english == "aws ec2 create-route --route-table-id rtb-edge --destination-cidr-block 10.40.2.0/24 --vpc-endpoint-id vpce-b")
    }
}
