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
    static let arn = "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:loadbalancer/app/shop/0123456789abcdef"

    /// Gateway Load Balancer endpoints per zone; the edge route table sends subnet A's block back
    /// through endpoint A and has no route for subnet B's.
    static func inventory() -> Inventory {
        typealias Route = Inventory.RouteTable.Route
        typealias Association = Inventory.RouteTable.Association
        func route(_ block: String, _ field: String, _ target: String) -> Route {
            Route(destinationCidrBlock: block, destinationIpv6CidrBlock: nil, destinationPrefixListId: nil, targetKind: field, targetId: target, state: "active")
        }
        let local = route("10.40.0.0/16", "gatewayId", "local")
        let tables = [
            Inventory.RouteTable(id: "rtb-main", vpcId: "vpc-1", routes: [local], associations: [Association(id: "rtbassoc-main", subnetId: nil, gatewayId: nil, main: true)]),
            Inventory.RouteTable(id: "rtb-a", vpcId: "vpc-1", routes: [local, route("0.0.0.0/0", "gatewayId", "vpce-a")],
                                 associations: [Association(id: "rtbassoc-a", subnetId: "subnet-a", gatewayId: nil, main: false)]),
            Inventory.RouteTable(id: "rtb-b", vpcId: "vpc-1", routes: [local, route("0.0.0.0/0", "vpcEndpointId", "vpce-b")],
                                 associations: [Association(id: "rtbassoc-b", subnetId: "subnet-b", gatewayId: nil, main: false)]),
            Inventory.RouteTable(id: "rtb-edge", vpcId: "vpc-1", routes: [local, route("10.40.1.0/24", "gatewayId", "vpce-a")],
                                 associations: [Association(id: "rtbassoc-edge", subnetId: nil, gatewayId: "igw-1", main: false)]),
        ]
        let balancer = Inventory.LoadBalancer(
            arn: arn, name: "shop", dnsName: "shop-1.ap-northeast-1.elb.amazonaws.com", scheme: "internet-facing", type: "application",
            ipAddressType: "ipv4", vpcId: "vpc-1", subnetIds: ["subnet-a", "subnet-b"], securityGroupIds: [],
            attributes: ["connection_logs.s3.enabled": "true", "connection_logs.s3.bucket": "logs"])
        func node(_ id: String, _ subnet: String, _ publicIp: String) -> Inventory.NetworkInterface {
            Inventory.NetworkInterface(id: id, subnetId: subnet, description: "ELB app/shop/0123456789abcdef", privateIpAddress: nil, publicIp: IPAddress(publicIp), instanceId: nil, groupIds: [])
        }
        return Inventory(
            formatVersion: 1, region: "ap-northeast-1", fetchedAt: Date(timeIntervalSince1970: 0),
            vpcs: [Inventory.VPC(id: "vpc-1", cidrBlock: "10.40.0.0/16")],
            subnets: [Inventory.Subnet(id: "subnet-a", vpcId: "vpc-1", availabilityZone: "ap-northeast-1a", cidrBlock: "10.40.1.0/24", ipv6CidrBlocks: []),
                      Inventory.Subnet(id: "subnet-b", vpcId: "vpc-1", availabilityZone: "ap-northeast-1c", cidrBlock: "10.40.2.0/24", ipv6CidrBlocks: [])],
            routeTables: tables, internetGateways: [Inventory.Gateway(id: "igw-1", attachedVpcIds: ["vpc-1"])],
            egressOnlyInternetGateways: [], natGateways: [], networkACLs: [], securityGroups: [],
            networkInterfaces: [node("eni-a", "subnet-a", "203.0.113.9"), node("eni-b", "subnet-b", "198.51.100.7")],
            loadBalancers: [balancer], listeners: [], rules: [], targetGroups: [])
    }

    @Test func theSubnetInspectedOneWayIsTheRootCause() throws {
        let inventory = Self.inventory()
        let topology = inventory.topology()
        let findings = RuleRegistry.check(topology)
        #expect(findings.filter { $0.severity >= .warning }.map(\.ruleID) == ["ALB013"], "\(findings.map(\.message))")
        let match = try #require(LoadBalancerMatch.find(in: inventory, cnames: ["shop-1.ap-northeast-1.elb.amazonaws.com"], addresses: []))
        let diagnosis = DiagnosisBuilder.build(DiagnosisInput(
            url: "https://shop.test/",
            account: .init(inventory: inventory, source: "region ap-northeast-1 of the account", findings: findings, match: match, topology: topology)))
        #expect(diagnosis.verdict == .broken)
        #expect(diagnosis.rootCause?.rules == ["ALB013"])
        #expect(diagnosis.rootCause?.subnet == "subnet-b")
        #expect(diagnosis.rootCause?.message.contains("rtb-edge, the edge route table of igw-1, has no route for 10.40.2.0/24") == true)
        #expect(diagnosis.fix?.command == "aws ec2 create-route --route-table-id rtb-edge --destination-cidr-block 10.40.2.0/24 --vpc-endpoint-id vpce-b")
    }
}
