import Localization
@testable import Rules
import Testing
import Topology
import _TestSupport

/// The catalog of why the rules cannot follow a route (ALB001–ALB003, ALB013): every key in
/// English and Japanese, with the same values; and the messages that wrap a reason of the model
/// show it in their own language. `samples` is an exhaustive switch and `checkEveryCase` holds
/// the list of keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct RouteReasonTests {
    static let table = CatalogTests.table
    static let mainTable = CatalogTests.mainTable
    /// A wrapped reason that occurs in no text, the same in both languages.
    static let reason = LocalizedText(sameInEveryLanguage: "whyX5")

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: RouteReason) -> [(RouteReason, [String])] {
        switch entry {
        case .routeNamesNoInternetGateway: [(.routeNamesNoInternetGateway, [])]
        case .gatewayMayBeAttached: [(.gatewayMayBeAttached(attachment: "AttachX1", reason: reason, gateway: "igwX7"), ["AttachX1", "whyX5", "igwX7"])]
        case .gatewayNotInModel: [(.gatewayNotInModel(gateway: "net/igwX7"), ["net/igwX7"])]
        case .noIPv6Block: [(.noIPv6Block, ["IPv6"])]
        case .edgeDestinationUnknown:
            [(.edgeDestinationUnknown(edge: table, reason: reason, block: "10.9.8.0/24"), ["RtbZ9", "whyX5", "10.9.8.0/24"]),
             (.edgeDestinationUnknown(edge: mainTable, reason: reason, block: "2001:db8:9::/64"), ["VpcQ7", "whyX5", "2001:db8:9::/64"])]
        case .edgeTargetUnknown: [(.edgeTargetUnknown(edge: table, destination: "10.9.0.0/16", reason: reason), ["RtbZ9", "10.9.0.0/16", "whyX5"])]
        case .defaultRouteEndpointUnknown: [(.defaultRouteEndpointUnknown(reason: reason), ["whyX5"])]
        case .edgeEndpointUnknown: [(.edgeEndpointUnknown(edge: mainTable, destination: "10.9.0.0/16", reason: reason), ["VpcQ7", "10.9.0.0/16", "whyX5"])]
        case .endpointNotNamed: [(.endpointNotNamed, [])]
        }
    }

    @Test func routeReasons() {
        let keys: [RouteReason] = [
            .routeNamesNoInternetGateway, .gatewayMayBeAttached(attachment: "", reason: Self.reason, gateway: ""), .gatewayNotInModel(gateway: ""),
            .noIPv6Block, .edgeDestinationUnknown(edge: Self.table, reason: Self.reason, block: ""),
            .edgeTargetUnknown(edge: Self.table, destination: "", reason: Self.reason), .defaultRouteEndpointUnknown(reason: Self.reason),
            .edgeEndpointUnknown(edge: Self.table, destination: "", reason: Self.reason), .endpointNotNamed,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/RouteReason.swift")
    }

    /// The English is what the rules said before the catalog.
    @Test func englishIsUnchanged() {
        #expect(RouteReason.routeNamesNoInternetGateway.english == "the route names no internet gateway")
        #expect(RouteReason.gatewayMayBeAttached(attachment: "AttachX1", reason: Self.reason, gateway: "igwX7").english
            == "the internet gateway of AttachX1 is unknown (whyX5), and it may be igwX7")
        #expect(RouteReason.gatewayNotInModel(gateway: "net/igwX7").english == "internet gateway net/igwX7 and its attachment are not in the model")
        #expect(RouteReason.noIPv6Block.english == "it has no IPv6 block in the model")
        #expect(RouteReason.edgeDestinationUnknown(edge: Self.table, reason: Self.reason, block: "10.9.8.0/24").english
            == "a route of RtbZ9 has an unknown destination (whyX5) that may be 10.9.8.0/24")
        #expect(RouteReason.edgeTargetUnknown(edge: Self.table, destination: "10.9.0.0/16", reason: Self.reason).english
            == "the target of RtbZ9's route for 10.9.0.0/16 is unknown (whyX5)")
        #expect(RouteReason.defaultRouteEndpointUnknown(reason: Self.reason).english == "the endpoint of the subnet's default route is unknown (whyX5)")
        #expect(RouteReason.edgeEndpointUnknown(edge: Self.mainTable, destination: "10.9.0.0/16", reason: Self.reason).english
            == "the endpoint of the main route table of VpcQ7's route for 10.9.0.0/16 is unknown (whyX5)")
        #expect(RouteReason.endpointNotNamed.english == "an endpoint is not named")
    }

    /// Every text that wraps a reason of the model shows the reason's English in English and its
    /// Japanese in Japanese.
    @Test func wrappedReasonsReadInTheirLanguage() {
        let reason = LocalizedText(english: "whyEnX5", japanese: "理由X5")
        let texts: [any CatalogEntry] = [
            RouteReason.gatewayMayBeAttached(attachment: "AttachX1", reason: reason, gateway: "igwX7"),
            RouteReason.edgeDestinationUnknown(edge: Self.table, reason: reason, block: "10.9.8.0/24"),
            RouteReason.edgeTargetUnknown(edge: Self.table, destination: "10.9.0.0/16", reason: reason),
            RouteReason.defaultRouteEndpointUnknown(reason: reason),
            RouteReason.edgeEndpointUnknown(edge: Self.table, destination: "10.9.0.0/16", reason: reason),
            ScopeText.schemeUnknown(reason: reason), ScopeText.kindUnknown(reason: reason, ruleKinds: [.application]),
            ScopeText.ipAddressTypeUnknown(reason: reason), ScopeText.subnetsUnknown(reason: reason),
            ElbTaggedSubnetWithoutInternetRoute.Message.tagsUnknown(reason: reason, table: Self.table, problem: .missing(destination: "0.0.0.0/0")),
            NetworkACLBlocksLoadBalancer.Message.portUnknown(reason: reason),
            NetworkACLBlocksLoadBalancer.Message.deniesIPv6ToClientsOfUnknownType(traffic: .ephemeralPortsOutbound, reason: reason),
            RedirectToMissingHTTPSListener.Message.redirectProtocolUnknown(reason: reason),
            RedirectToMissingHTTPSListener.Message.listenerPortUnknown(listener: "LstX2", reason: reason),
            RedirectToMissingHTTPSListener.Message.listenerProtocolUnknown(listener: "LstX2", reason: reason),
            SecurityGroupAdmitsNoClient.Message.portUnknown(reason: reason),
            SecurityGroupAdmitsNoClient.Message.ingressPortsUnknown(reason: reason),
            SecurityGroupAdmitsNoClient.Message.ingressSourceUnknown(reason: reason),
            TargetSecurityGroupBlocksLoadBalancer.Message.targetPortUnknown(reason: reason),
            TargetSecurityGroupBlocksLoadBalancer.Message.ingressPortsUnknown(reason: reason),
            TargetSecurityGroupBlocksLoadBalancer.Message.ingressSourceUnknown(reason: reason),
            TargetSecurityGroupBlocksLoadBalancer.Message.whatToAdmitUnknown(reason: reason),
        ]
        for text in texts {
            #expect(text.english.contains("whyEnX5") && !text.english.contains("理由X5"), "\(text)")
            #expect(text.japanese.contains("理由X5") && !text.japanese.contains("whyEnX5"), "\(text)")
        }
    }
}
