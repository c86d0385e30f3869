import Addresses
import AWSModel
import Foundation

/// The account the diagnosis suites build on: VPC vpc-1 (10.40.0.0/16) with internet gateway
/// igw-1, subnet-a (ap-northeast-1a, 10.40.1.0/24) and subnet-b (ap-northeast-1c, 10.40.2.0/24),
/// and the internet-facing load balancer `shop` with a node in each (eni-a at 203.0.113.9, eni-b at
/// 198.51.100.7). The route tables are each test's own.
enum ShopAccount {
    typealias Route = Inventory.RouteTable.Route
    typealias Association = Inventory.RouteTable.Association

    static let arn = "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:loadbalancer/app/shop/0123456789abcdef"
    static let nodeA = "203.0.113.9"
    static let nodeB = "198.51.100.7"

    /// A route of `block` to `target`, in DescribeRouteTables' field `field`.
    static func route(_ block: String, _ target: String, field: String = "gatewayId") -> Route {
        Route(destinationCidrBlock: block, destinationIpv6CidrBlock: nil, destinationPrefixListId: nil, targetKind: field, targetId: target, state: "active")
    }

    /// The VPC's own route.
    static let local = route("10.40.0.0/16", "local")

    /// A table explicitly associated with `subnet` (or, with `gateway`, the gateway's edge table).
    static func table(_ id: String, _ routes: [Route], subnet: String? = nil, gateway: String? = nil) -> Inventory.RouteTable {
        let associations = subnet == nil && gateway == nil ? [] : [Association(id: "rtbassoc-" + id.dropFirst(4), subnetId: subnet, gatewayId: gateway, main: false)]
        return Inventory.RouteTable(id: id, vpcId: "vpc-1", routes: [local] + routes, associations: associations)
    }

    /// The VPC's main route table: the local route alone.
    static let mainTable = Inventory.RouteTable(id: "rtb-main", vpcId: "vpc-1", routes: [local], associations: [Association(id: "rtbassoc-main", subnetId: nil, gatewayId: nil, main: true)])

    /// The account with `routeTables` besides the main one.
    static func inventory(routeTables: [Inventory.RouteTable]) -> Inventory {
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
            routeTables: [mainTable] + routeTables, internetGateways: [Inventory.Gateway(id: "igw-1", attachedVpcIds: ["vpc-1"])],
            egressOnlyInternetGateways: [], natGateways: [], networkACLs: [], securityGroups: [],
            networkInterfaces: [node("eni-a", "subnet-a", nodeA), node("eni-b", "subnet-b", nodeB)],
            loadBalancers: [balancer], listeners: [], rules: [], targetGroups: [])
    }
}
