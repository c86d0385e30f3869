public import Addresses
public import AWSInventory

/// Which load balancer of an account serves a name, and which of its nodes holds each address:
/// by the name's CNAME chain (`*.elb.amazonaws.com` is the load balancer's DNSName) or, for alias
/// records that have no CNAME, by the network interface whose public (or private) address it is —
/// AWS describes a node's interface as `ELB app/NAME/ID`.
public struct LoadBalancerMatch: Sendable, Equatable {
    public var loadBalancer: Inventory.LoadBalancer
    /// How it was found.
    public var how: How
    /// Each address of the name that is one of its nodes, and that node's interface.
    public var nodes: [IPAddress: Inventory.NetworkInterface]
    /// Its node interfaces whose addresses the name did not resolve to.
    public var otherNodes: [Inventory.NetworkInterface]

    /// The match for a name that resolved through `cnames` to `addresses`, or nil.
    public static func find(in inventory: Inventory, cnames: [String], addresses: [IPAddress]) -> LoadBalancerMatch? {
        let names = Set(cnames.map(normalized))
        for balancer in inventory.loadBalancers {
            guard let dnsName = balancer.dnsName.map(normalized), names.contains(dnsName) || names.contains("dualstack." + dnsName) else { continue }
            return match(balancer, in: inventory, addresses: addresses, how: .cname(name: dnsName))
        }
        for address in addresses {
            guard let interface = inventory.networkInterfaces.first(where: { ($0.publicIp == address || $0.privateIpAddress == address) && $0.description?.hasPrefix("ELB app/") == true }),
                  let balancer = inventory.loadBalancers.first(where: { owns($0, interface) }) else { continue }
            return match(balancer, in: inventory, addresses: addresses, how: .networkInterface(id: interface.id, address: address))
        }
        return nil
    }

    /// The interfaces AWS made for the load balancer's nodes.
    public static func nodeInterfaces(of balancer: Inventory.LoadBalancer, in inventory: Inventory) -> [Inventory.NetworkInterface] {
        inventory.networkInterfaces.filter { owns(balancer, $0) }
    }

    private static func match(_ balancer: Inventory.LoadBalancer, in inventory: Inventory, addresses: [IPAddress], how: How) -> LoadBalancerMatch {
        let interfaces = nodeInterfaces(of: balancer, in: inventory)
        var nodes: [IPAddress: Inventory.NetworkInterface] = [:]
        for address in addresses {
            if let interface = interfaces.first(where: { $0.publicIp == address || $0.privateIpAddress == address }) { nodes[address] = interface }
        }
        let matched = Set(nodes.values.map(\.id))
        return LoadBalancerMatch(loadBalancer: balancer, how: how, nodes: nodes, otherNodes: interfaces.filter { !matched.contains($0.id) })
    }

    /// `ELB app/NAME/ID` on an interface names the load balancer whose ARN ends `loadbalancer/app/NAME/ID`.
    private static func owns(_ balancer: Inventory.LoadBalancer, _ interface: Inventory.NetworkInterface) -> Bool {
        guard let description = interface.description, description.hasPrefix("ELB ") else { return false }
        return balancer.arn.hasSuffix("loadbalancer/" + description.dropFirst("ELB ".count))
    }

    private static func normalized(_ name: String) -> String {
        (name.hasSuffix(".") ? String(name.dropLast()) : name).lowercased()
    }

    /// What led to the load balancer.
    public enum How: Sendable, Encodable, Equatable, CustomStringConvertible {
        /// The name's CNAME chain reached the load balancer's DNS name.
        case cname(name: String)
        /// An address of the name is held by the network interface of one of its nodes.
        case networkInterface(id: String, address: IPAddress)

        /// "the CNAME …" or "the network interface eni-… that holds 203.0.113.9".
        public var description: String {
            switch self {
            case .cname(let name): "the CNAME \(name)"
            case .networkInterface(let id, let address): "the network interface \(id) that holds \(address)"
            }
        }
    }
}
