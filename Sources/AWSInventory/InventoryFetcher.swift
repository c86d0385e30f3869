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
            throw AWSError(.service, "reading the account failed: \(error)")
        }
    }

    private func fetchAll(_ wanted: [String]) async throws -> Inventory {
        let client = self.client
        async let vpcs = client.callAllPages(.describeVpcs, listName: "vpcSet").map(InventoryDecoding.vpc)
        async let subnets = client.callAllPages(.describeSubnets, listName: "subnetSet").map(InventoryDecoding.subnet)
        async let routeTables = client.callAllPages(.describeRouteTables, listName: "routeTableSet").map(InventoryDecoding.routeTable)
        async let internetGateways = client.callAllPages(.describeInternetGateways, listName: "internetGatewaySet")
            .map { InventoryDecoding.gateway($0, idField: "internetGatewayId") }
        async let egressOnly = client.callAllPages(.describeEgressOnlyInternetGateways, listName: "egressOnlyInternetGatewaySet")
            .map { InventoryDecoding.gateway($0, idField: "egressOnlyInternetGatewayId") }
        async let natGateways = client.callAllPages(.describeNatGateways, listName: "natGatewaySet").map(InventoryDecoding.natGateway)
        async let networkACLs = client.callAllPages(.describeNetworkAcls, listName: "networkAclSet").map(InventoryDecoding.networkACL)
        async let securityGroups = client.callAllPages(.describeSecurityGroups, listName: "securityGroupInfo").map(InventoryDecoding.securityGroup)
        async let interfaces = client.callAllPages(.describeNetworkInterfaces, listName: "networkInterfaceSet").map(InventoryDecoding.networkInterface)
        async let balancers = fetchLoadBalancers(wanted)

        let (loadBalancers, listeners, rules, targetGroups) = try await balancers
        return Inventory(
            formatVersion: Inventory.currentFormatVersion, region: client.region,
            fetchedAt: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)),
            vpcs: try await vpcs, subnets: try await subnets, routeTables: try await routeTables,
            internetGateways: try await internetGateways, egressOnlyInternetGateways: try await egressOnly,
            natGateways: try await natGateways, networkACLs: try await networkACLs, securityGroups: try await securityGroups,
            networkInterfaces: try await interfaces, loadBalancers: loadBalancers, listeners: listeners, rules: rules, targetGroups: targetGroups)
    }

    private func fetchLoadBalancers(_ wanted: [String]) async throws
        -> ([Inventory.LoadBalancer], [Inventory.Listener], [Inventory.ListenerRule], [Inventory.TargetGroup]) {
        let client = self.client
        var loadBalancers = try await client.callAllPages(.describeLoadBalancers, listName: "LoadBalancers").map(InventoryDecoding.loadBalancer)
        loadBalancers = try Inventory.select(wanted, from: loadBalancers, region: client.region)
        let perBalancer = try await withThrowingTaskGroup(of: (Int, [String: String], [Inventory.Listener], [Inventory.ListenerRule]).self) { group in
            for (index, balancer) in loadBalancers.enumerated() {
                group.addTask {
                    async let attributes = client.call(.describeLoadBalancerAttributes, [("LoadBalancerArn", balancer.arn)])
                    let listeners = try await client.callAllPages(.describeListeners, [("LoadBalancerArn", balancer.arn)], listName: "Listeners")
                        .map(InventoryDecoding.listener)
                    var rules: [Inventory.ListenerRule] = []
                    for listener in listeners {
                        rules += try await client.callAllPages(.describeRules, [("ListenerArn", listener.arn)], listName: "Rules")
                            .map { InventoryDecoding.rule($0, listener: listener.arn) }
                    }
                    var values: [String: String] = [:]
                    for member in try await attributes.child("DescribeLoadBalancerAttributesResult")?.list("Attributes") ?? [] {
                        if let key = member.string("Key") { values[key] = member.string("Value") ?? "" }
                    }
                    return (index, values, listeners, rules)
                }
            }
            var results: [(Int, [String: String], [Inventory.Listener], [Inventory.ListenerRule])] = []
            for try await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        var listeners: [Inventory.Listener] = []
        var rules: [Inventory.ListenerRule] = []
        for (index, attributes, balancerListeners, balancerRules) in perBalancer {
            loadBalancers[index].attributes = attributes
            listeners += balancerListeners
            rules += balancerRules
        }
        let referenced = Set((listeners.flatMap(\.defaultActions) + rules.flatMap(\.actions)).flatMap(\.targetGroupArns))
        var targetGroups = try await client.callAllPages(.describeTargetGroups, listName: "TargetGroups")
            .map(InventoryDecoding.targetGroup).filter { referenced.contains($0.arn) }
        let health = try await withThrowingTaskGroup(of: (Int, [Inventory.TargetGroup.Target]).self) { group in
            for (index, targetGroup) in targetGroups.enumerated() {
                group.addTask {
                    let root = try await client.call(.describeTargetHealth, [("TargetGroupArn", targetGroup.arn)])
                    return (index, root.child("DescribeTargetHealthResult")?.list("TargetHealthDescriptions").map(InventoryDecoding.target) ?? [])
                }
            }
            var results: [(Int, [Inventory.TargetGroup.Target])] = []
            for try await result in group { results.append(result) }
            return results
        }
        for (index, targets) in health { targetGroups[index].targets = targets }
        return (loadBalancers, listeners, rules, targetGroups)
    }
}
