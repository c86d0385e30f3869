internal import Addresses
internal import Findings
internal import Topology

/// The resources beyond routes and load balancers: network ACLs, Elastic IPs and what holds
/// them, firewall and Gateway Load Balancer endpoints, subnet tags.
extension TopologyReader {
    /// A subnet's `tags` (or, from a plan or state, `tags_all`, which adds the provider's
    /// default tags).
    func tags(_ r: ResourceInstance) -> Known<[String: Known<String>]> {
        guard let value = r["tags_all"] ?? r["tags"], value != .null else { return .known([:]) }
        if let reason = value.unknownReason { return .unknown(.tagsUnknown(address: r.address, reason: reason)) }
        guard case .object(let members) = value else { return .unknown(.tagsNotMap(address: r.address, value: value.display)) }
        return .known(members.mapValues { $0.known(.aTag(of: r.address)) })
    }

    /// Route targets named by `vpc_endpoint_id`: an endpoint of a Network Firewall (from a plan
    /// or state) or an `aws_vpc_endpoint` of type GatewayLoadBalancer is an inspecting endpoint
    /// of a known kind.
    func refiningEndpoints(_ table: RouteTable, _ all: [ResourceInstance]) -> RouteTable {
        var refined = table
        refined.routes = table.routes.map { route in
            guard case .known(var target) = route.target, target.kind == .vpcEndpoint, case .known(let id)? = target.id else { return route }
            if let (firewall, endpoint) = FirewallEndpointName.parse(resourceName: id.name) {
                // The endpoint by its own id (what a fix writes), or, before apply, by the subnet
                // it is in; with the firewall it belongs to.
                var subnet: ResourceID?
                if case .inSubnet(let name) = endpoint { subnet = ResourceID(name) }
                target = RouteTarget(kind: .networkFirewallEndpoint, id: .known(ResourceID(endpoint.displayName)), firewall: ResourceID(firewall), subnet: subnet)
            } else if let endpoint = all.first(where: { $0.type == "aws_vpc_endpoint" && $0.id == id }),
                      endpoint["vpc_endpoint_type"]?.text?.lowercased() == "gatewayloadbalancer" {
                target.kind = .gatewayLoadBalancerEndpoint
            }
            var copy = route
            copy.target = .known(target)
            return copy
        }
        return refined
    }

    /// Where firewalls (`subnet_mapping`) and Gateway Load Balancer endpoints (`subnet_ids`) are.
    func inspectionEndpoints(_ all: [ResourceInstance]) -> [InspectionEndpointPlacement] {
        all.compactMap { r in
            switch r.type {
            case "aws_networkfirewall_firewall":
                let mappings = r.blocks("subnet_mapping")
                let subnets: Known<[Known<ResourceID>]> = mappings.isEmpty
                    ? .unknown(.lacksArgument(owner: r.address, argument: "subnet_mapping"))
                    : .known(mappings.map { ($0.arguments["subnet_id"] ?? .unknown(.subnetMappingWithoutSubnetID(address: r.address))).resourceID(.argument("subnet_id", of: r.address)) })
                return InspectionEndpointPlacement(id: r.id, location: r.location, subnets: subnets)
            case "aws_vpc_endpoint" where r["vpc_endpoint_type"]?.text?.lowercased() == "gatewayloadbalancer":
                let subnets = r["subnet_ids"].or(.lacksArgument(owner: r.address, argument: "subnet_ids")).knownList(.argument("subnet_ids", of: r.address))
                    .map { $0.map { $0.resourceID(.aSubnet(of: r.address)) } }
                return InspectionEndpointPlacement(id: r.id, location: r.location, subnets: subnets)
            default:
                return nil
            }
        }
    }

    /// NAT gateways, EIP associations and EIPs given an instance or interface: what holds an
    /// Elastic IP besides a load balancer.
    func elasticIPHolders(_ all: [ResourceInstance]) -> [ElasticIPHolder] {
        all.flatMap { r -> [ElasticIPHolder] in
            switch r.type {
            case "aws_nat_gateway":
                guard let allocation = r["allocation_id"] else { return [] }
                return [ElasticIPHolder(id: r.id, location: r.location, kind: "NAT gateway", allocation: allocation.resourceID(.argument("allocation_id", of: r.address)))]
            case "aws_eip_association":
                guard let allocation = r["allocation_id"] else { return [] }
                let kind = r["network_interface_id"] != nil ? "network interface association" : "instance association"
                return [ElasticIPHolder(id: r.id, location: r.location, kind: kind, allocation: allocation.resourceID(.argument("allocation_id", of: r.address)))]
            case "aws_eip":
                if r["instance"] != nil { return [ElasticIPHolder(id: r.id, location: r.location, kind: "instance (the EIP's instance)", allocation: .known(r.id))] }
                // A state names the interface AWS attached it to, a load balancer's too: only
                // an interface the configuration sets is a holder.
                if r["network_interface"] != nil, case .configuration = r.source {
                    return [ElasticIPHolder(id: r.id, location: r.location, kind: "network interface (the EIP's network_interface)", allocation: .known(r.id))]
                }
                return []
            default:
                return []
            }
        }
    }

    /// Network ACLs with their rules (inline `ingress`/`egress` and `aws_network_acl_rule`),
    /// the VPCs' default ACLs (declared by `aws_default_network_acl` or implicit).
    func networkACLs(_ all: [ResourceInstance], vpcs: [VPC]) -> [NetworkACL] {
        var rulesByACL: [ResourceID: [NetworkACLEntry]] = [:]
        for r in all where r.type == "aws_network_acl_rule" {
            guard let acl = r["network_acl_id"]?.resourceID(.verbatim("")).value else { continue }
            rulesByACL[acl, default: []].append(entry(r.arguments, egress: r["egress"]?.bool ?? false, id: r.id, location: r.location, rule: r.address))
        }
        func inline(_ r: ResourceInstance) -> [NetworkACLEntry] {
            ["ingress", "egress"].flatMap { direction in
                r.blocks(direction).map { entry($0.arguments, egress: direction == "egress", id: nil, location: $0.location, rule: r.address) }
            }
        }
        var acls = all.filter { $0.type == "aws_network_acl" }.map { r in
            NetworkACL(id: r.id, location: r.location, vpc: r["vpc_id"].or(.lacksArgument(owner: r.address, argument: "vpc_id")).resourceID(.argument("vpc_id", of: r.address)),
                       entries: inline(r) + (rulesByACL[r.id] ?? []))
        }
        var declaredDefault: Set<ResourceID> = []
        for r in all where r.type == "aws_default_network_acl" {
            // Terraform removes the default ACL's rules it does not declare.
            guard let implicit = r["default_network_acl_id"]?.resourceID(.verbatim("")).value, implicit.name.hasSuffix(NetworkACL.implicitDefaultSuffix) else { continue }
            let vpc = ResourceID(String(implicit.name.dropLast(NetworkACL.implicitDefaultSuffix.count)))
            declaredDefault.insert(vpc)
            acls.append(NetworkACL(id: r.id, location: r.location, vpc: .known(vpc), entries: inline(r) + (rulesByACL[r.id] ?? []) + (rulesByACL[implicit] ?? []), isDefault: true))
        }
        acls += vpcs.filter { !declaredDefault.contains($0.id) }.map { vpc in
            var acl = NetworkACL.implicitDefault(of: vpc)
            acl.entries += rulesByACL[acl.id] ?? []
            return acl
        }
        return acls
    }

    /// `aws_network_acl_association` and the `subnet_ids` of `aws_network_acl` /
    /// `aws_default_network_acl`.
    func networkACLAssociations(_ all: [ResourceInstance]) -> [SubnetNetworkACLAssociation] {
        all.flatMap { r -> [SubnetNetworkACLAssociation] in
            switch r.type {
            case "aws_network_acl_association":
                return [SubnetNetworkACLAssociation(
                    id: r.id, location: r.location, subnet: r["subnet_id"].or(.lacksArgument(owner: r.address, argument: "subnet_id")).resourceID(.argument("subnet_id", of: r.address)),
                    networkACL: r["network_acl_id"].or(.lacksArgument(owner: r.address, argument: "network_acl_id")).resourceID(.argument("network_acl_id", of: r.address)))]
            case "aws_network_acl", "aws_default_network_acl":
                guard let list = r["subnet_ids"] else { return [] }
                switch list.knownList(.argument("subnet_ids", of: r.address)) {
                case .known(let items):
                    return items.map { SubnetNetworkACLAssociation(id: r.id, location: r.location, subnet: $0.resourceID(.aSubnet(of: r.address)), networkACL: .known(r.id)) }
                case .unknown(let reason):
                    return [SubnetNetworkACLAssociation(id: r.id, location: r.location, subnet: .unknown(reason: reason), networkACL: .known(r.id))]
                }
            default:
                return []
            }
        }
    }

    /// One ACL rule: `rule_no` (inline) or `rule_number`, `action` or `rule_action`, `protocol`,
    /// ports, `cidr_block` or `ipv6_cidr_block`. `rule` names it in reasons: the address of the
    /// `aws_network_acl_rule`, or of the ACL that holds it inline.
    private func entry(_ arguments: [String: TerraformValue], egress: Bool, id: ResourceID?, location: Location?, rule: String) -> NetworkACLEntry {
        let number = (arguments["rule_number"] ?? arguments["rule_no"]).or(.lacksRuleNumber(rule: rule)).knownInt(.ruleNumber(of: rule))
        let action: Known<NetworkACLEntry.Action> = (arguments["rule_action"] ?? arguments["action"]).or(.lacksArgument(owner: rule, argument: "action")).known(.ruleAction(of: rule)).flatMap { text in
            NetworkACLEntry.Action(rawValue: text.lowercased()).map { .known($0) } ?? .unknown(.actionNeitherAllowNorDeny(action: text, rule: rule))
        }
        let ports: Known<PortRange> = (arguments["protocol"] ?? .string("-1")).known(.ruleProtocol(of: rule)).flatMap { text in
            guard let number = PortRange.protocolNumber(text) else { return .unknown(.unknownProtocol(text: text)) }
            if number == -1 { return .known(.all) }
            if number != 6 && number != 17 { return .known(PortRange(ipProtocol: number, from: 0, to: 65535)) }
            let from = (arguments["from_port"] ?? .number(0)).knownInt(.argument("from_port", of: rule))
            let to = (arguments["to_port"] ?? .number(65535)).knownInt(.argument("to_port", of: rule))
            return from.flatMap { from in to.map { PortRange(ipProtocol: number, from: from, to: $0) } }
        }
        let blockValue = arguments["cidr_block"].flatMap { $0 == .null || $0 == .string("") ? nil : $0 } ?? arguments["ipv6_cidr_block"]
        let block: Known<AddressBlock> = blockValue.or(.lacksArgument(owner: rule, argument: "cidr_block")).known(.ruleBlock(of: rule)).flatMap { text in
            AddressBlock(text).map { .known($0) } ?? .unknown(.ruleBlockNotCIDR(text: text, rule: rule))
        }
        return NetworkACLEntry(id: id, location: location, ruleNumber: number, egress: egress, action: action, ports: ports, block: block)
    }
}
