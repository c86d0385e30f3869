@testable import Rules
import Testing
import Topology
import _TestSupport

/// The catalog keys of ALB013, ALB015 and the notes every rule shares about a load balancer
/// it cannot resolve: every key in both languages with its values (each `samples` is an
/// exhaustive switch and `checkEveryCase` holds each list of keys to the cases its enum
/// declares), and the English of a few as the rules wrote it before the catalog (tests
/// elsewhere compare English messages).
@Suite struct InspectionAndScopeMessageTests {
    typealias Inspection = LoadBalancerSubnetWithAsymmetricInspection.Message
    typealias Tagged = ElbTaggedSubnetWithoutInternetRoute.Message

    /// Values no text holds by itself, so that finding one in a text means it came from the key.
    /// The route tables every catalog test names (their names occur in no text).
    static let table = CatalogTests.table
    static let mainTable = CatalogTests.mainTable
    static let route = Inspection.InspectedRoute(subnet: "SubX2", zone: "zoneX3", loadBalancer: "lbX1", endpoint: "vpce-X4", ipv6: false)
    static let route6 = Inspection.InspectedRoute(subnet: "SubX2", zone: nil, loadBalancer: "lbX1", endpoint: "vpce-X4", ipv6: true)
    static let users = [Inspection.EndpointUser(subnet: "SubX2", loadBalancer: "lbX1"), Inspection.EndpointUser(subnet: "SubY5", loadBalancer: "lbY6")]

    // MARK: ALB013

    static func samples(_ entry: Inspection) -> [(Inspection, [String])] {
        let start = ["SubX2", "zoneX3", "lbX1", "0.0.0.0/0", "vpce-X4"]
        let start6 = ["SubX2", "AZ", "lbX1", "::/0", "vpce-X4", "IPv6"]
        return switch entry {
        case .sendsThroughEndpoint: [(.sendsThroughEndpoint(route), start), (.sendsThroughEndpoint(route6), ["SubX2", "AZ", "lbX1", "::/0", "vpce-X4"])]
        case .repliesDropped: [(.repliesDropped(ipv6: false), []), (.repliesDropped(ipv6: true), ["IPv6"])]
        case .noEdgeRouteTable:
            [(.noEdgeRouteTable(route, gateway: "igwX7", block: "10.9.8.0/24"), start + ["igwX7", "10.9.8.0/24"]),
             (.noEdgeRouteTable(route6, gateway: "igwX7", block: "2001:db8:9::/64"), start6 + ["igwX7", "2001:db8:9::/64"])]
        case .noReturnRoute:
            [(.noReturnRoute(route, gateway: "igwX7", edge: table, block: "10.9.8.0/24"), start + ["igwX7", "RtbZ9", "10.9.8.0/24"]),
             (.noReturnRoute(route6, gateway: "igwX7", edge: mainTable, block: "2001:db8:9::/64"), start6 + ["igwX7", "VpcQ7", "2001:db8:9::/64"])]
        case .crossedReturnRoute:
            [(.crossedReturnRoute(route, gateway: "igwX7", edge: table, destination: "10.9.0.0/16", target: "vpce-X8"), start + ["igwX7", "RtbZ9", "10.9.0.0/16", "vpce-X8"])]
        case .repliesReturnThroughEndpoint:
            [(.repliesReturnThroughEndpoint(subnet: "SubX2", endpoint: "vpce-X4", ipv6: false), ["SubX2", "vpce-X4"]),
             (.repliesReturnThroughEndpoint(subnet: "SubX2", endpoint: "vpce-X4", ipv6: true), ["SubX2", "vpce-X4", "IPv6"])]
        case .endpointUser: [(.endpointUser(users[0]), ["SubX2", "lbX1"])]
        case .endpointSubnetGoesNowhere:
            [(.endpointSubnetGoesNowhere(subnet: "FwSubX9", zone: "zoneX3", endpoint: "FwX10", users: users, table: table, destination: "0.0.0.0/0", target: nil),
              ["FwSubX9", "zoneX3", "FwX10", "SubX2", "lbX1", "SubY5", "lbY6", "RtbZ9", "0.0.0.0/0"]),
             (.endpointSubnetGoesNowhere(subnet: "FwSubX9", zone: nil, endpoint: "FwX10", users: users, table: mainTable, destination: "::/0", target: "nat-X11"),
              ["FwSubX9", "AZ", "FwX10", "SubY5", "VpcQ7", "::/0", "nat-X11"])]
        case .endpointSubnetsReachInternet: [(.endpointSubnetsReachInternet(endpoint: "FwX10"), ["FwX10"])]
        case .endpointSubnetReachesInternet: [(.endpointSubnetReachesInternet(subnet: "FwSubX9", endpoint: "FwX10"), ["FwSubX9", "FwX10"])]
        }
    }

    @Test func inspectionMessages() {
        let keys: [Inspection] = [
            .sendsThroughEndpoint(Self.route), .repliesDropped(ipv6: false), .noEdgeRouteTable(Self.route, gateway: "", block: ""),
            .noReturnRoute(Self.route, gateway: "", edge: Self.table, block: ""),
            .crossedReturnRoute(Self.route, gateway: "", edge: Self.table, destination: "", target: ""),
            .repliesReturnThroughEndpoint(subnet: "", endpoint: "", ipv6: false), .endpointUser(Self.users[0]),
            .endpointSubnetGoesNowhere(subnet: "", zone: nil, endpoint: "", users: [], table: Self.table, destination: "", target: nil),
            .endpointSubnetsReachInternet(endpoint: ""), .endpointSubnetReachesInternet(subnet: "", endpoint: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/LoadBalancerSubnetWithAsymmetricInspection+Message.swift")
    }

    /// The English is the rule's sentence as it was before the catalog.
    @Test func inspectionEnglishIsUnchanged() {
        let dropped = "so requests and replies of its node pass the firewall differently and the replies are dropped: clients that pick this node's address time out."
        #expect(Inspection.noEdgeRouteTable(Self.route, gateway: "igwX7", block: "10.9.8.0/24").english
            == "SubX2 (zoneX3) of internet-facing lbX1 sends 0.0.0.0/0 through vpce-X4, but internet gateway igwX7 has no edge route table to send 10.9.8.0/24 back through it, " + dropped)
        #expect(Inspection.noReturnRoute(Self.route6, gateway: "igwX7", edge: Self.table, block: "2001:db8:9::/64").english
            == "SubX2 (unknown AZ) of internet-facing lbX1 sends ::/0 through vpce-X4, but RtbZ9, the edge route table of igwX7, has no route for 2001:db8:9::/64 back through it, "
            + "so requests and replies of its node pass the firewall differently and the replies are dropped: clients that pick this node's IPv6 address time out.")
        #expect(Inspection.crossedReturnRoute(Self.route, gateway: "igwX7", edge: Self.table, destination: "10.9.0.0/16", target: "vpce-X8").english
            == "SubX2 (zoneX3) of internet-facing lbX1 sends 0.0.0.0/0 through vpce-X4, but RtbZ9, the edge route table of igwX7, sends 10.9.0.0/16 to vpce-X8 instead, " + dropped)
        #expect(Inspection.repliesReturnThroughEndpoint(subnet: "SubX2", endpoint: "vpce-X4", ipv6: true).english
            == "IPv6 replies from SubX2 return through vpce-X4, the endpoint its requests pass")
        #expect(Inspection.endpointSubnetGoesNowhere(subnet: "FwSubX9", zone: nil, endpoint: "FwX10", users: Self.users, table: Self.table, destination: "0.0.0.0/0", target: nil).english
            == "FwSubX9 (unknown AZ) holds an endpoint of FwX10 that SubX2 of lbX1 and SubY5 of lbY6 send their internet traffic through, but it uses RtbZ9, which has no 0.0.0.0/0 route to an internet gateway, so what passes that endpoint goes nowhere: clients of the nodes behind it time out.")
        #expect(Inspection.endpointSubnetGoesNowhere(subnet: "FwSubX9", zone: "zoneX3", endpoint: "FwX10", users: [Self.users[0]], table: Self.table, destination: "::/0", target: "nat-X11").english
            == "FwSubX9 (zoneX3) holds an endpoint of FwX10 that SubX2 of lbX1 send their internet traffic through, but it uses RtbZ9, which sends ::/0 to nat-X11, not to an internet gateway, so what passes that endpoint goes nowhere: clients of the nodes behind it time out.")
        #expect(Inspection.endpointSubnetsReachInternet(endpoint: "FwX10").english == "the subnets of FwX10 reach the internet")
        #expect(Inspection.endpointSubnetReachesInternet(subnet: "FwSubX9", endpoint: "FwX10").english == "FwSubX9 of FwX10 reaches the internet")
    }

    // MARK: ALB015

    static func samples(_ entry: Tagged) -> [(Tagged, [String])] {
        let tag = "kubernetes.io/role/elb"
        return switch entry {
        case .taggedSubnetWithoutRoute:
            [(.taggedSubnetWithoutRoute(subnet: "SubX2", zone: "zoneX3", tag: tag, table: table, problem: .missing(destination: "0.0.0.0/0")),
              ["SubX2", "zoneX3", tag, "RtbZ9", "0.0.0.0/0", "AWS Load Balancer Controller"]),
             (.taggedSubnetWithoutRoute(subnet: "SubX2", zone: nil, tag: tag, table: mainTable, problem: .elsewhere(destination: "0.0.0.0/0", target: RouteTarget(kind: .natGateway, id: .known(ResourceID("nat-X4"))))),
              ["SubX2", "AZ", tag, "VpcQ7", "nat-X4"])]
        case .taggedSubnetReachesInternet: [(.taggedSubnetReachesInternet(subnet: "SubX2"), ["SubX2"])]
        case .notTaggedWithoutRoute: [(.notTaggedWithoutRoute(subnet: "SubX2", tag: tag), ["SubX2", tag])]
        case .tagsUnknown:
            [(.tagsUnknown(reason: "whyX5", table: table, problem: .missing(destination: "0.0.0.0/0")), ["whyX5", "RtbZ9", "0.0.0.0/0"]),
             (.tagsUnknown(reason: "whyX5", table: mainTable, problem: .elsewhere(destination: "0.0.0.0/0", target: RouteTarget(kind: .natGateway, id: .known(ResourceID("nat-X4"))))), ["whyX5", "VpcQ7", "nat-X4"])]
        case .farSideNotInModel: [(.farSideNotInModel(table: table, target: RouteTarget(kind: .transitGateway, id: .known(ResourceID("tgw-X6")))), ["RtbZ9", "tgw-X6", "0.0.0.0/0"])]
        }
    }

    @Test func taggedSubnetMessages() {
        let keys: [Tagged] = [
            .taggedSubnetWithoutRoute(subnet: "", zone: nil, tag: "", table: Self.table, problem: .missing(destination: "")),
            .taggedSubnetReachesInternet(subnet: ""), .notTaggedWithoutRoute(subnet: "", tag: ""),
            .tagsUnknown(reason: "", table: Self.table, problem: .missing(destination: "")), .farSideNotInModel(table: Self.table, target: .local),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/ElbTaggedSubnetWithoutInternetRoute+Message.swift")
    }

    /// The English is the rule's sentence as it was before the catalog.
    @Test func taggedSubnetEnglishIsUnchanged() {
        #expect(Tagged.taggedSubnetWithoutRoute(subnet: "SubX2", zone: nil, tag: "kubernetes.io/role/elb", table: Self.table, problem: .missing(destination: "0.0.0.0/0")).english
            == "SubX2 (unknown AZ) is tagged kubernetes.io/role/elb, so the AWS Load Balancer Controller puts internet-facing load balancers in it, but it uses RtbZ9, which has no 0.0.0.0/0 route to an internet gateway: their node in this subnet will be unreachable.")
        #expect(Tagged.notTaggedWithoutRoute(subnet: "SubX2", tag: "kubernetes.io/role/elb").english
            == "subnet SubX2 is not tagged kubernetes.io/role/elb without a route to the internet")
        #expect(Tagged.tagsUnknown(reason: "whyX5", table: Self.table, problem: .elsewhere(destination: "0.0.0.0/0", target: RouteTarget(kind: .natGateway, id: .known(ResourceID("nat-X4"))))).english
            == "its tags are unknown (whyX5) and RtbZ9 sends 0.0.0.0/0 to NAT gateway nat-X4, which carries no inbound traffic from the internet")
        #expect(Tagged.farSideNotInModel(table: Self.table, target: RouteTarget(kind: .transitGateway, id: .known(ResourceID("tgw-X6")))).english == "RtbZ9 sends 0.0.0.0/0 to transit gateway tgw-X6, whose far side is not in the model")
        #expect(Tagged.taggedSubnetReachesInternet(subnet: "SubX2").english == "tagged subnet SubX2 can reach the internet")
    }

    // MARK: Load balancers a rule cannot resolve

    static func samples(_ entry: ScopeText) -> [(ScopeText, [String])] {
        switch entry {
        case .loadBalancer: ScopeText.Check.allCases.map { (.loadBalancer("lbX1", $0), ["lbX1"] + Self.values($0)) }
        case .everySubnet: ScopeText.Check.allCases.map { (.everySubnet(of: "lbX1", $0), ["lbX1"] + Self.values($0)) }
        case .schemeUnknown: [(.schemeUnknown(reason: "whyX5"), ["whyX5"])]
        case .kindUnknown:
            [(.kindUnknown(reason: "whyX5", ruleKinds: [.application]), ["whyX5", "application"]),
             (.kindUnknown(reason: "whyX5", ruleKinds: [.network, .application]), ["whyX5", "application", "network"])]
        case .ipAddressTypeUnknown: [(.ipAddressTypeUnknown(reason: "whyX5"), ["whyX5", "IP"])]
        case .subnetsUnknown: [(.subnetsUnknown(reason: "whyX5"), ["whyX5"])]
        }
    }

    /// What a check's text holds in both languages besides the load balancer's name.
    static func values(_ check: ScopeText.Check) -> [String] {
        switch check {
        case .canReachIPv6Internet: ["IPv6"]
        case .hasLargeEnoughSubnets: ["/27"]
        case .isNotBlockedByNetworkACL: ["ACL"]
        case .canReachInternet, .isInspectedBothWays, .hasConnectionLogs, .spansTwoZones, .admitsClients: []
        }
    }

    @Test func scopeNotes() {
        let keys: [ScopeText] = [
            .loadBalancer("", .canReachInternet), .everySubnet(of: "", .canReachInternet), .schemeUnknown(reason: ""),
            .kindUnknown(reason: "", ruleKinds: []), .ipAddressTypeUnknown(reason: ""), .subnetsUnknown(reason: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/ScopeText.swift")
    }

    /// Each check reads differently of a load balancer and of every subnet of it, in Japanese too.
    @Test(arguments: ScopeText.Check.allCases)
    func everySubnetIsItsOwnClause(check: ScopeText.Check) {
        let one = ScopeText.loadBalancer("lbX1", check), every = ScopeText.everySubnet(of: "lbX1", check)
        #expect(one.japanese != every.japanese)
        #expect(one.japanese.hasSuffix("こと") && every.japanese.hasSuffix("こと"))
        #expect(every.english == "every subnet of " + one.english)
    }

    /// The English is what the notes said before the catalog.
    @Test func scopeEnglishIsUnchanged() {
        #expect(ScopeText.loadBalancer("lbX1", .canReachInternet).english == "lbX1 can reach the internet")
        #expect(ScopeText.everySubnet(of: "lbX1", .hasLargeEnoughSubnets).english == "every subnet of lbX1 has subnets of /27 or larger")
        #expect(ScopeText.kindUnknown(reason: "whyX5", ruleKinds: [.network, .application]).english
            == "its type is unknown (whyX5), and the rule applies to application and network load balancers only")
        #expect(ScopeText.schemeUnknown(reason: "whyX5").english == "its scheme is unknown (whyX5)")
        #expect(ScopeText.ipAddressTypeUnknown(reason: "whyX5").english == "its IP address type is unknown (whyX5)")
        #expect(ScopeText.subnetsUnknown(reason: "whyX5").english == "its subnets are unknown (whyX5)")
        let checks = ScopeText.Check.allCases.map { ScopeText.loadBalancer("lbX1", $0).english }
        #expect(checks == [
            "lbX1 can reach the internet", "lbX1 can reach the IPv6 internet", "lbX1 is inspected both ways", "lbX1 has connection logs",
            "lbX1 has subnets of /27 or larger", "lbX1 spans two Availability Zones", "lbX1 is not blocked by a network ACL", "lbX1 admits clients",
        ])
    }
}
