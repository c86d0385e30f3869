/// How the resources of a plan or state name each other: by the ids AWS gave them. Each id
/// (and ARN) becomes a reference to the resource's address, as an expression would give it, so
/// the same mapping to the network model serves configurations, plans and states.
struct DeploymentLinks {
    private var byID: [String: TerraformValue] = [:]
    /// The VPC whose main route table or default network ACL an id is, for
    /// `aws_default_route_table.default_route_table_id` and `aws_default_network_acl.default_network_acl_id`.
    private var defaultOwners: [String: String] = [:]

    init(_ resources: [DeployedResource]) {
        for resource in resources {
            for key in ["id", "arn"] {
                if case .string(let id)? = resource.values[key], !id.isEmpty, byID[id] == nil { byID[id] = .reference(address: resource.address, attribute: key) }
            }
            // A Network Firewall's endpoints: `firewall_status[0].sync_states[*].attachment[0].endpoint_id`.
            for status in resource.values["firewall_status"]?.elements ?? [] {
                guard case .object(let members) = status else { continue }
                for state in members["sync_states"]?.elements ?? [] {
                    guard case .object(let sync) = state else { continue }
                    for attachment in sync["attachment"]?.elements ?? [] {
                        guard case .object(let fields) = attachment, case .string(let endpoint)? = fields["endpoint_id"], !endpoint.isEmpty else { continue }
                        byID[endpoint] = .reference(address: resource.address, attribute: FirewallEndpointName.id(endpoint).attribute)
                    }
                }
            }
        }
        // What AWS made with a VPC and the configuration does not declare: its main route
        // table and default network ACL.
        for resource in resources where resource.type == "aws_vpc" {
            for (key, attribute) in [("main_route_table_id", "default_route_table_id"), ("default_route_table_id", "default_route_table_id"),
                                     ("default_network_acl_id", "default_network_acl_id")] {
                guard case .string(let id)? = resource.values[key], !id.isEmpty else { continue }
                defaultOwners[id] = resource.address
                if byID[id] == nil { byID[id] = .reference(address: resource.address, attribute: attribute) }
            }
        }
    }

    /// The resource's values with ids replaced by references; null and empty text (what a
    /// state writes for an argument not set) dropped.
    func values(of resource: DeployedResource) -> [String: TerraformValue] {
        var result: [String: TerraformValue] = [:]
        for (key, value) in resource.values {
            if ["default_route_table_id", "default_network_acl_id"].contains(key), ["aws_default_route_table", "aws_default_network_acl"].contains(resource.type),
               case .string(let id) = value, let vpc = defaultOwners[id] {
                result[key] = .reference(address: vpc, attribute: key)
                continue
            }
            if key == "id" || key == "arn" {
                result[key] = value
                continue
            }
            if let linked = link(value) { result[key] = linked }
        }
        return result
    }

    private func link(_ value: TerraformValue) -> TerraformValue? {
        switch value {
        case .null, .string(""): return nil
        case .string(let text): return byID[text] ?? value
        case .list(let items): return .list(items.map { link($0) ?? .null })
        case .object(let members): return .object(members.compactMapValues(link))
        default: return value
        }
    }
}
