import Localization
@testable import Rules
import Testing
import Topology
import _TestSupport

/// The messages of ALB002 (no IPv6 internet route), ALB003 (route to a detached internet
/// gateway), ALB004 (Availability Zones) and ALB005 (subnet too small): every key has both
/// texts with the same values (each `samples` is an exhaustive switch and `checkEveryCase` holds
/// each list of keys to the cases its enum declares, so a new key cannot go untested), and the
/// English is the one the rules wrote before the catalog.
@Suite struct AvailabilityAndRouteMessageTests {
    /// Values no text holds by itself, so that finding one in a text means it came from the key.
    /// The route tables every catalog test names (their names occur in no text).
    static let table = CatalogTests.table
    static let mainTable = CatalogTests.mainTable

    typealias IPv6Route = LoadBalancerSubnetWithoutIPv6InternetRoute.Message
    typealias DetachedGateway = RouteToDetachedInternetGateway.Message
    typealias Zones = LoadBalancerAvailabilityZones.Message
    typealias SubnetSize = LoadBalancerSubnetTooSmall.Message

    static func samples(_ entry: IPv6Route) -> [(IPv6Route, [String])] {
        switch entry {
        case .tableUnreachable:
            [(.tableUnreachable(table: table, subnets: ["SubX2", "SubX3"], loadBalancer: "lbX1", problem: .noRoute(destination: "::/0")),
              ["RtbZ9", "SubX2", "SubX3", "lbX1", "::/0", "IPv6"]),
             (.tableUnreachable(table: mainTable, subnets: ["SubX2"], loadBalancer: "lbX1", problem: .elsewhere(destination: "::/0", target: RouteTarget(kind: .egressOnlyInternetGateway, id: .known(ResourceID("eigw-X4"))))),
              ["VpcQ7", "SubX2", "lbX1", "::/0", "eigw-X4"])]
        case .canReachIPv6Internet: [(.canReachIPv6Internet(subnet: "SubX2"), ["SubX2", "IPv6"])]
        }
    }

    static func samples(_ entry: DetachedGateway) -> [(DetachedGateway, [String])] {
        switch entry {
        case .routeToDetachedGateway:
            [(.routeToDetachedGateway(table: table, destination: "0.0.0.0/0", gateway: "IgwX5", vpc: "VpcX6", attachedTo: ["VpcX7", "VpcX8"], subnets: ["SubX2", "SubX3"]),
              ["RtbZ9", "0.0.0.0/0", "IgwX5", "VpcX6", "VpcX7", "VpcX8", "SubX2", "SubX3"]),
             (.routeToDetachedGateway(table: mainTable, destination: nil, gateway: "IgwX5", vpc: "VpcX6", attachedTo: [], subnets: []),
              ["VpcQ7", "IgwX5", "VpcX6"])]
        case .isAttached: [(.isAttached(gateway: "IgwX5", table: table), ["IgwX5", "RtbZ9", "VPC"])]
        }
    }

    static func samples(_ entry: Zones) -> [(Zones, [String])] {
        switch entry {
        case .tooFewSubnets:
            [(.tooFewSubnets(loadBalancer: "lbX1", subnets: 1), ["lbX1", "Application Load Balancer", "CloudFormation"]),
             (.tooFewSubnets(loadBalancer: "lbX1", subnets: 0), ["lbX1"])]
        case .addSubnetInSecondZone: [(.addSubnetInSecondZone(firstSubnet: "SubX2"), ["SubX2"]), (.addSubnetInSecondZone(firstSubnet: nil), [])]
        case .sharedZone:
            [(.sharedZone(subnets: ["SubX2", "SubX3"], loadBalancer: "lbX1", zone: "zoneX9"), ["SubX2", "SubX3", "lbX1", "zoneX9"]),
             (.sharedZone(subnets: ["SubX2", "SubX3", "SubX4"], loadBalancer: "lbX1", zone: "zoneX9"), ["SubX4"])]
        case .moveToAnotherZone: [(.moveToAnotherZone, ["`!Select [i, !GetAZs '']`"])]
        case .isInOwnZone: [(.isInOwnZone(subnet: "SubX2"), ["SubX2"])]
        }
    }

    static func samples(_ entry: SubnetSize) -> [(SubnetSize, [String])] {
        switch entry {
        case .tooSmallForNode:
            [(.tooSmallForNode(subnet: "SubX2", loadBalancer: "lbX1", block: "10.9.8.0/29", usable: 17), ["SubX2", "lbX1", "10.9.8.0/29", "17"])]
        case .smallerThanAdvised:
            [(.smallerThanAdvised(subnet: "SubX2", loadBalancer: "lbX1", block: "10.9.8.0/28", usable: 23), ["SubX2", "lbX1", "10.9.8.0/28", "23", "/27"])]
        case .giveLargerBlock: [(.giveLargerBlock(subnet: "SubX2"), ["SubX2", "/27"])]
        case .giveLargerBlockBeforeScaling: [(.giveLargerBlockBeforeScaling(subnet: "SubX2"), ["SubX2", "/27"])]
        case .isLargeEnough: [(.isLargeEnough(subnet: "SubX2"), ["SubX2", "/27"])]
        }
    }

    @Test func ipv6RouteMessages() {
        let keys: [IPv6Route] = [
            .tableUnreachable(table: Self.table, subnets: [], loadBalancer: "", problem: .noRoute(destination: "")), .canReachIPv6Internet(subnet: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/LoadBalancerSubnetWithoutIPv6InternetRoute+Message.swift")
    }

    @Test func detachedGatewayMessages() {
        let keys: [DetachedGateway] = [
            .routeToDetachedGateway(table: Self.table, destination: nil, gateway: "", vpc: "", attachedTo: [], subnets: []),
            .isAttached(gateway: "", table: Self.table),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/RouteToDetachedInternetGateway+Message.swift")
    }

    @Test func availabilityZoneMessages() {
        let keys: [Zones] = [
            .tooFewSubnets(loadBalancer: "", subnets: 0), .addSubnetInSecondZone(firstSubnet: nil),
            .sharedZone(subnets: [], loadBalancer: "", zone: ""), .moveToAnotherZone, .isInOwnZone(subnet: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/LoadBalancerAvailabilityZones+Message.swift")
    }

    @Test func subnetSizeMessages() {
        let keys: [SubnetSize] = [
            .tooSmallForNode(subnet: "", loadBalancer: "", block: "", usable: 0), .smallerThanAdvised(subnet: "", loadBalancer: "", block: "", usable: 0),
            .giveLargerBlock(subnet: ""), .giveLargerBlockBeforeScaling(subnet: ""), .isLargeEnough(subnet: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/LoadBalancerSubnetTooSmall+Message.swift")
    }

    /// The English the rules wrote before their messages moved into the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(IPv6Route.tableUnreachable(table: Self.table, subnets: ["SubX2", "SubX3"], loadBalancer: "lbX1", problem: .noRoute(destination: "::/0")).english
            == "RtbZ9, used by SubX2, SubX3 of dualstack lbX1, has no ::/0 route, so clients that pick these nodes' IPv6 addresses hang.")
        #expect(IPv6Route.tableUnreachable(table: Self.mainTable, subnets: ["SubX2"], loadBalancer: "lbX1", problem: .elsewhere(destination: "::/0", target: RouteTarget(kind: .egressOnlyInternetGateway, id: .known(ResourceID("eigw-X4"))))).english
            == "the main route table of VpcQ7, used by SubX2 of dualstack lbX1, sends ::/0 to egress-only internet gateway eigw-X4, which carries no inbound traffic from the internet, so clients that pick these nodes' IPv6 addresses hang.")
        #expect(DetachedGateway.routeToDetachedGateway(table: Self.table, destination: "0.0.0.0/0", gateway: "IgwX5", vpc: "VpcX6", attachedTo: ["VpcX7"], subnets: ["SubX2", "SubX3"]).english
            == "RtbZ9 sends 0.0.0.0/0 to internet gateway IgwX5, which is not attached to VPC VpcX6 (it is attached to VpcX7), so SubX2, SubX3 cannot reach the internet.")
        #expect(DetachedGateway.routeToDetachedGateway(table: Self.table, destination: nil, gateway: "IgwX5", vpc: "VpcX6", attachedTo: [], subnets: []).english
            == "RtbZ9 sends traffic to internet gateway IgwX5, which is not attached to VPC VpcX6, so no subnet using this table can reach the internet.")
        #expect(Zones.tooFewSubnets(loadBalancer: "lbX1", subnets: 0).english
            == "lbX1 has no subnets; an Application Load Balancer needs subnets in at least two Availability Zones, so CloudFormation will reject it.")
        #expect(Zones.addSubnetInSecondZone(firstSubnet: nil).english == "Add a subnet in a second Availability Zone that uses the same public route table as the first.")
        #expect(Zones.sharedZone(subnets: ["SubX2", "SubX3"], loadBalancer: "lbX1", zone: "zoneX9").english
            == "SubX2 and SubX3 of lbX1 are both in zoneX9; an Application Load Balancer takes at most one subnet per Availability Zone.")
        #expect(SubnetSize.tooSmallForNode(subnet: "SubX2", loadBalancer: "lbX1", block: "10.9.8.0/29", usable: 3).english
            == "SubX2 of lbX1 is 10.9.8.0/29, 3 usable addresses: fewer than the eight free addresses an Application Load Balancer needs in each subnet, so it cannot place or scale its node there.")
        #expect(SubnetSize.smallerThanAdvised(subnet: "SubX2", loadBalancer: "lbX1", block: "10.9.8.0/28", usable: 11).english
            == "SubX2 of lbX1 is 10.9.8.0/28, 11 usable addresses: AWS accepts it, but asks for a /27 so the load balancer can add nodes as it scales.")
    }

    /// Names and addresses stand apart from the Japanese around them (和欧間スペース).
    @Test func japaneseSpacing() {
        #expect(IPv6Route.tableUnreachable(table: Self.table, subnets: ["SubX2", "SubX3"], loadBalancer: "lbX1", problem: .noRoute(destination: "::/0")).japanese
            == "デュアルスタックの lbX1 の SubX2、SubX3 が使うルートテーブル RtbZ9 には ::/0 ルートがないため、これらのノードの IPv6 アドレスを選んだクライアントはハングします。")
        #expect(DetachedGateway.routeToDetachedGateway(table: Self.mainTable, destination: "0.0.0.0/0", gateway: "IgwX5", vpc: "VpcX6", attachedTo: [], subnets: ["SubX2"]).japanese
            == "VpcQ7 のメインルートテーブルは 0.0.0.0/0 をインターネットゲートウェイ IgwX5 に送っていますが、このゲートウェイは VPC VpcX6 にアタッチされていません。そのため、SubX2 はインターネットに到達できません。")
        #expect(Zones.addSubnetInSecondZone(firstSubnet: "SubX2").japanese == "2 つ目のアベイラビリティーゾーンに、SubX2 と同じパブリックルートテーブルを使うサブネットを追加します。")
    }
}
