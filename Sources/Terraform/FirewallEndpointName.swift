/// Which endpoint of a Network Firewall a reference names: a value `.reference(address:
/// firewall, attribute: name.attribute)`, as an expression reads it out of the firewall's
/// `firewall_status`. A plan or state gives the endpoint's id; before apply it is known only as
/// the firewall's endpoint in the subnet it maps. The one place that writes and reads the
/// attribute, so that every reader of references tells endpoints apart the same way.
enum FirewallEndpointName: Equatable {
    /// `vpce-0a1…`, from a plan or state.
    case id(String)
    /// The endpoint in this subnet (its address, or an id written as text), before apply.
    case inSubnet(String)

    private static let prefix = "endpoint "
    private static let subnetMarker = "in "

    /// The reference's attribute: `endpoint vpce-0a1…`, `endpoint in aws_subnet.firewall[0]`.
    var attribute: String {
        switch self {
        case .id(let id): Self.prefix + id
        case .inSubnet(let subnet): Self.prefix + Self.subnetMarker + subnet
        }
    }

    /// The endpoint a reference's attribute names; nil for any other attribute.
    init?(attribute: String) {
        guard attribute.hasPrefix(Self.prefix) else { return nil }
        let rest = attribute.dropFirst(Self.prefix.count)
        self = rest.hasPrefix(Self.subnetMarker) ? .inSubnet(String(rest.dropFirst(Self.subnetMarker.count))) : .id(String(rest))
    }

    /// How a resource id of the network model writes the endpoint: the firewall's address, a
    /// space, then the attribute (`aws_networkfirewall_firewall.main endpoint vpce-0a1…`).
    static func resourceName(firewall: String, _ name: FirewallEndpointName) -> String { firewall + " " + name.attribute }

    /// The firewall and the endpoint a resource id written by `resourceName` holds; nil for
    /// any other id.
    static func parse(resourceName: String) -> (firewall: String, endpoint: FirewallEndpointName)? {
        guard let range = resourceName.range(of: " " + prefix), let endpoint = FirewallEndpointName(attribute: String(resourceName[resourceName.index(after: range.lowerBound)...])) else { return nil }
        return (String(resourceName[..<range.lowerBound]), endpoint)
    }

    /// How messages name the endpoint after its kind: its id, or "in SUBNET".
    var displayName: String {
        switch self {
        case .id(let id): id
        case .inSubnet(let subnet): Self.subnetMarker + subnet
        }
    }
}
