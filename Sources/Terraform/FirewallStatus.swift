internal import HCL

/// A Network Firewall's `firewall_status` as a configuration sees it before apply.
///
/// AWS makes one endpoint per subnet mapping, in that subnet's zone; the provider lists them in
/// `firewall_status[0].sync_states[*]` as `{availability_zone, attachment[0] = {endpoint_id,
/// subnet_id}}`. Before apply the endpoint's id is not known, but which endpoint it is is: the
/// firewall's endpoint in that subnet. Each endpoint id is therefore a reference to the firewall
/// named by its subnet (`aws_networkfirewall_firewall.main` `endpoint in aws_subnet.firewall[0]`),
/// so a route that picks the endpoint by zone or by subnet names the same endpoint wherever it is
/// written, and ALB013 can compare a subnet's default route with its edge route. The provider's
/// set has an order of its own; the mappings' order stands in for it, which changes which
/// endpoint `sync_states[0]` is but never whether two routes name the same one.
extension Evaluator {
    func firewallStatus(_ instance: Instance) -> TerraformValue {
        let (blocks, unknownBlocks) = nestedBlocks("subnet_mapping", of: instance)
        if let unknownBlocks { return .unknown("the endpoints of \(instance.address) follow its subnet_mapping blocks, and \(unknownBlocks)") }
        let mappings = blocks.map { $0.arguments["subnet_id"] ?? .unknown("a subnet_mapping of \(instance.address) has no subnet_id") }
        guard !mappings.isEmpty else { return .unknown("\(instance.address) has no subnet_mapping, so it has no endpoints to route to") }
        var states: [TerraformValue] = []
        for subnet in mappings {
            let name: String
            let zone: TerraformValue
            switch subnet {
            case .reference(let address, "id"):
                name = address
                zone = availabilityZone(ofSubnet: address)
            case .string(let id):
                name = id
                zone = .unknown("the availability zone of \(id) is known only to AWS")
            default:
                return .unknown("the endpoints of \(instance.address) follow its subnet_mapping, and a subnet_id there is \(subnet.unknownReason ?? subnet.display)")
            }
            let attachment: TerraformValue = .object([
                "endpoint_id": .reference(address: instance.address, attribute: TopologyReader.firewallEndpointPrefix + Self.endpointSubnetMarker + name),
                "subnet_id": subnet,
                "status": .unknown("the status of \(instance.address)'s endpoint in \(name) is known only after apply"),
            ])
            states.append(.object(["availability_zone": zone, "attachment": .list([attachment])]))
        }
        return .list([.object(["sync_states": .list(states)])])
    }

    /// What follows `endpoint ` in a firewall endpoint known by its subnet (before apply).
    static let endpointSubnetMarker = "in "

    /// The `availability_zone` of the subnet at `address`, declared in this module or in one
    /// that calls it (a subnet passed into the firewall's module), or why it is unknown.
    private func availabilityZone(ofSubnet address: String) -> TerraformValue {
        var owner: Evaluator? = self
        while let module = owner, !(address.hasPrefix(module.path) && !address.dropFirst(module.path.count).hasPrefix("module.")) { owner = module.caller }
        guard let owner, let block = owner.resourceBlocks[String(address.dropFirst(owner.path.count).prefix { $0 != "[" })] else {
            return .unknown("the availability zone of \(address), a subnet of another module than \(moduleAddress ?? "the root module")'s callers, is not looked up")
        }
        let instances: [TerraformValue]
        switch owner.collection(block.labels[0] + "." + block.labels[1], block: block, isData: false) {
        case .list(let items): instances = items
        case .object(let members): instances = Array(members.values)
        case let single: instances = [single]
        }
        let subnet = instances.first { if case .resource(address, _, _) = $0 { true } else { false } }
        guard case .resource(_, _, let attributes)? = subnet else { return .unknown("\(address) is not among the instances of its block") }
        return attributes["availability_zone"] ?? .unknown("\(address) has no availability_zone, so AWS picks one at apply")
    }
}
