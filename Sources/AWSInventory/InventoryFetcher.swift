internal import Localization
internal import Foundation

/// Reads one region of an account into an `Inventory`: the EC2 calls concurrently, then the
/// load balancers and everything hanging off them, concurrently per load balancer.
public struct InventoryFetcher: Sendable {
    public var client: QueryClient

    public init(client: QueryClient) { self.client = client }

    /// Everything albdoctor needs; `loadBalancers` (names or ARNs) narrows to some load balancers.
    public func fetch(loadBalancers wanted: [String] = []) async throws(AWSError) -> Inventory {
        do {
            return try await fetchAll(wanted)
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError(.service, .readingFailed(reason: "\(error)"))
        }
    }

    private func fetchAll(_ wanted: [String]) async throws -> Inventory {
        let client = self.client
        async let vpcs = client.callAllPages(.describeVpcs, listName: "vpcSet")
        async let subnets = client.callAllPages(.describeSubnets, listName: "subnetSet")
        async let routeTables = client.callAllPages(.describeRouteTables, listName: "routeTableSet")
        async let internetGateways = client.callAllPages(.describeInternetGateways, listName: "internetGatewaySet")
        async let egressOnly = client.callAllPages(.describeEgressOnlyInternetGateways, listName: "egressOnlyInternetGatewaySet")
        async let natGateways = client.callAllPages(.describeNatGateways, listName: "natGatewaySet")
        async let vpcEndpoints = client.callAllPages(.describeVpcEndpoints, listName: "vpcEndpointSet")
        async let networkACLs = client.callAllPages(.describeNetworkAcls, listName: "networkAclSet")
        async let securityGroups = client.callAllPages(.describeSecurityGroups, listName: "securityGroupInfo")
        async let interfaces = client.callAllPages(.describeNetworkInterfaces, listName: "networkInterfaceSet")
        async let balancers = fetchLoadBalancers(wanted)

        var decoding = InventoryDecoding()
        let decodedVPCs = decoding.records(try await vpcs, .describeVpcs, idField: "vpcId", InventoryDecoding.vpc)
        let decodedSubnets = decoding.records(try await subnets, .describeSubnets, idField: "subnetId", InventoryDecoding.subnet)
        let decodedTables = decoding.records(try await routeTables, .describeRouteTables, idField: "routeTableId", InventoryDecoding.routeTable)
        let decodedGateways = decoding.records(try await internetGateways, .describeInternetGateways, idField: "internetGatewayId", InventoryDecoding.gateway)
        let decodedEgressOnly = decoding.records(try await egressOnly, .describeEgressOnlyInternetGateways, idField: "egressOnlyInternetGatewayId", InventoryDecoding.gateway)
        let decodedNAT = decoding.records(try await natGateways, .describeNatGateways, idField: "natGatewayId", InventoryDecoding.natGateway)
        // Only the subnets of firewall endpoints come from here: without the permission the rest still runs.
        var decodedEndpoints: [Inventory.VPCEndpoint]?
        var endpointsDenied: [LocalizedText] = []
        do {
            decodedEndpoints = decoding.records(try await vpcEndpoints, .describeVpcEndpoints, idField: "vpcEndpointId", InventoryDecoding.vpcEndpoint)
        } catch let error as AWSError where error.isAccessDenied {
            endpointsDenied = [LocalizedText(InventoryWarning.endpointsNotAllowed)]
        }
        let decodedACLs = decoding.records(try await networkACLs, .describeNetworkAcls, idField: "networkAclId", InventoryDecoding.networkACL)
        let decodedGroups = decoding.records(try await securityGroups, .describeSecurityGroups, idField: "groupId", InventoryDecoding.securityGroup)
        let decodedInterfaces = decoding.records(try await interfaces, .describeNetworkInterfaces, idField: "networkInterfaceId", InventoryDecoding.networkInterface)
        let (loadBalancers, listeners, rules, targetGroups, droppedBelowBalancers) = try await balancers
        return Inventory(
            formatVersion: Inventory.currentFormatVersion, region: client.region,
            fetchedAt: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)),
            vpcs: decodedVPCs, subnets: decodedSubnets, routeTables: decodedTables,
            internetGateways: decodedGateways, egressOnlyInternetGateways: decodedEgressOnly,
            natGateways: decodedNAT, vpcEndpoints: decodedEndpoints, networkACLs: decodedACLs, securityGroups: decodedGroups,
            networkInterfaces: decodedInterfaces, loadBalancers: loadBalancers, listeners: listeners, rules: rules, targetGroups: targetGroups,
            dropped: decoding.dropped + endpointsDenied + droppedBelowBalancers)
    }

    private func fetchLoadBalancers(_ wanted: [String]) async throws
        -> ([Inventory.LoadBalancer], [Inventory.Listener], [Inventory.ListenerRule], [Inventory.TargetGroup], [LocalizedText]) {
        let client = self.client
        var decoding = InventoryDecoding()
        var loadBalancers = decoding.records(
            try await client.callAllPages(.describeLoadBalancers, listName: "LoadBalancers"), .describeLoadBalancers, idField: "LoadBalancerArn", InventoryDecoding.loadBalancer)
        loadBalancers = try Inventory.select(wanted, from: loadBalancers, region: client.region)
        let perBalancer = try await withThrowingTaskGroup(of: (Int, [String: String], [Inventory.Listener], [Inventory.ListenerRule], [LocalizedText]).self) { group in
            for (index, balancer) in loadBalancers.enumerated() {
                group.addTask {
                    var decoding = InventoryDecoding()
                    async let attributes = client.call(.describeLoadBalancerAttributes, [("LoadBalancerArn", balancer.arn)])
                    let listeners = decoding.records(
                        try await client.callAllPages(.describeListeners, [("LoadBalancerArn", balancer.arn)], listName: "Listeners"),
                        .describeListeners, idField: "ListenerArn", InventoryDecoding.listener)
                    var rules: [Inventory.ListenerRule] = []
                    for listener in listeners {
                        rules += decoding.records(
                            try await client.callAllPages(.describeRules, [("ListenerArn", listener.arn)], listName: "Rules"), .describeRules, idField: "RuleArn"
                        ) { InventoryDecoding.rule($0, arn: $1, listener: listener.arn) }
                    }
                    // An attribute without a value is left out: its absence is an unknown, not "".
                    var values: [String: String] = [:]
                    for member in try await attributes.child("DescribeLoadBalancerAttributesResult")?.list("Attributes") ?? [] {
                        if let key = member.string("Key"), let value = member.string("Value") { values[key] = value }
                    }
                    return (index, values, listeners, rules, decoding.dropped)
                }
            }
            var results: [(Int, [String: String], [Inventory.Listener], [Inventory.ListenerRule], [LocalizedText])] = []
            for try await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        var listeners: [Inventory.Listener] = []
        var rules: [Inventory.ListenerRule] = []
        var dropped: [LocalizedText] = []
        for (index, attributes, balancerListeners, balancerRules, balancerDropped) in perBalancer {
            loadBalancers[index].attributes = attributes
            listeners += balancerListeners
            rules += balancerRules
            dropped += balancerDropped
        }
        let referenced = Set((listeners.flatMap(\.defaultActions) + rules.flatMap(\.actions)).flatMap(\.targetGroupArns))
        var targetGroups = decoding.records(
            try await client.callAllPages(.describeTargetGroups, listName: "TargetGroups"), .describeTargetGroups, idField: "TargetGroupArn", InventoryDecoding.targetGroup)
            .filter { referenced.contains($0.arn) }
        let health = try await withThrowingTaskGroup(of: (Int, [Inventory.TargetGroup.Target]).self) { group in
            for (index, targetGroup) in targetGroups.enumerated() {
                group.addTask {
                    let root = try await client.call(.describeTargetHealth, [("TargetGroupArn", targetGroup.arn)])
                    return (index, root.child("DescribeTargetHealthResult")?.list("TargetHealthDescriptions").compactMap(InventoryDecoding.target) ?? [])
                }
            }
            var results: [(Int, [Inventory.TargetGroup.Target])] = []
            for try await result in group { results.append(result) }
            return results
        }
        for (index, targets) in health { targetGroups[index].targets = targets }
        return (loadBalancers, listeners, rules, targetGroups, decoding.dropped + dropped)
    }
}
