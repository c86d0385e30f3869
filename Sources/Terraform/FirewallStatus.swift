internal import HCL

/// A Network Firewall's `firewall_status` as a configuration sees it before apply.
///
/// AWS makes one endpoint per subnet mapping, in that subnet's zone; the provider lists them in
/// `firewall_status[0].sync_states[*]` as `{availability_zone, attachment[0] = {endpoint_id,
/// subnet_id}}`. Before apply the endpoint's id is not known, but which endpoint it is is: the
/// firewall's endpoint in that subnet. Each endpoint id is therefore a reference to the firewall
/// named by its subnet (`aws_networkfirewall_firewall.main` `endpoint in aws_subnet.firewall[0]`),
/// so a route that picks the endpoint by zone or by subnet names the same endpoint wherever it is
/// written, and ALB013 can compare a subnet's default route with its edge route. The provider
/// keeps the sync states as a set whose order AWS decides: they are listed in the mappings'
/// order, and a position among two or more endpoints reads as unknown
/// (`TerraformValue.holdsUnorderedEndpoints`).
extension Evaluator {
    /// The synthesized `firewall_status` of an `aws_networkfirewall_firewall` instance.
    func firewallStatus(_ instance: Instance) -> TerraformValue {
        let (blocks, unknownBlocks) = nestedBlocks("subnet_mapping", of: instance)
        if let unknownBlocks { return .unknown(.firewallBlocksUnknown(address: instance.address, reason: unknownBlocks)) }
        let mappings = blocks.map { $0.arguments["subnet_id"] ?? .unknown(.subnetMappingWithoutSubnetID(address: instance.address)) }
        guard !mappings.isEmpty else { return .unknown(.firewallWithoutMapping(address: instance.address)) }
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
                zone = .unknown(.zoneKnownOnlyToAWS(subnet: id))
            default:
                if let reason = subnet.unknownReason { return .unknown(.firewallSubnetUnknown(address: instance.address, reason: reason)) }
                return .unknown(.firewallSubnetNotID(address: instance.address, value: subnet.display))
            }
            let attachment: TerraformValue = .object([
                "endpoint_id": .reference(address: instance.address, attribute: FirewallEndpointName.inSubnet(name).attribute),
                "subnet_id": subnet,
                "status": .unknown(.endpointStatusAfterApply(firewall: instance.address, subnet: name)),
            ])
            states.append(.object(["availability_zone": zone, "attachment": .list([attachment])]))
        }
        return .list([.object(["sync_states": .list(states)])])
    }

    /// The `availability_zone` of the subnet at `address`, declared in this module or in one
    /// that calls it (a subnet passed into the firewall's module), or why it is unknown.
    private func availabilityZone(ofSubnet address: String) -> TerraformValue {
        var owner: Evaluator? = self
        while let module = owner {
            if let subnet = module.instance(at: address) {
                return subnet.block.body.attribute("availability_zone").map { module.evaluate($0.value, subnet.scope) }
                    ?? .unknown(.subnetWithoutZoneAtApply(subnet: address))
            }
            owner = module.caller
        }
        return .unknown(.zoneNotLookedUp(subnet: address, module: moduleAddress))
    }
}
