internal import Findings
internal import Topology

/// The load balancers a rule looks at, with their subnets resolved; what cannot be resolved
/// becomes an *unverified* note of the asking rule.
struct LoadBalancerScope {
    let loadBalancer: LoadBalancer
    /// The subnets found in the model.
    let subnets: [Subnet]
    /// Notes for the subnets that could not be resolved.
    let notes: [Finding]

    /// Internet-facing load balancers (unknown scheme gives a note), optionally of some kinds
    /// and address types only.
    static func internetFacing(
        in topology: Topology,
        for rule: RuleDescription,
        checking what: String,
        kinds: Set<LoadBalancer.Kind>? = nil,
        ipAddressTypes: Set<LoadBalancer.IPAddressType>? = nil
    ) -> (scopes: [LoadBalancerScope], notes: [Finding]) {
        var scopes: [LoadBalancerScope] = []
        var notes: [Finding] = []
        for loadBalancer in topology.loadBalancers {
            if let kinds, let kind = loadBalancer.kind.value, !kinds.contains(kind) { continue }
            if let ipAddressTypes, let type = loadBalancer.ipAddressType.value, !ipAddressTypes.contains(type) { continue }
            switch loadBalancer.isInternetFacing {
            case .known(false):
                continue
            case .unknown(let reason):
                notes.append(rule.unverified(
                    "\(loadBalancer.displayName) \(what)", because: "its scheme is unknown (\(reason))",
                    subject: loadBalancer.id.description, location: loadBalancer.location))
            case .known(true):
                scopes.append(resolve(loadBalancer, in: topology, for: rule, checking: what))
            }
        }
        return (scopes, notes)
    }

    /// Every load balancer of the given kinds, whatever its scheme.
    static func all(
        in topology: Topology,
        for rule: RuleDescription,
        checking what: String,
        kinds: Set<LoadBalancer.Kind>? = nil
    ) -> [LoadBalancerScope] {
        topology.loadBalancers.filter { lb in
            guard let kinds, let kind = lb.kind.value else { return true }
            return kinds.contains(kind)
        }.map { resolve($0, in: topology, for: rule, checking: what) }
    }

    private static func resolve(_ loadBalancer: LoadBalancer, in topology: Topology, for rule: RuleDescription, checking what: String) -> LoadBalancerScope {
        var subnets: [Subnet] = []
        var notes: [Finding] = []
        switch loadBalancer.subnets {
        case .unknown(let reason):
            notes.append(rule.unverified(
                "\(loadBalancer.displayName) \(what)", because: "its subnets are unknown (\(reason))",
                subject: loadBalancer.id.description, location: loadBalancer.location))
        case .known(let references):
            for reference in references {
                switch topology.subnet(reference) {
                case .known(let subnet):
                    subnets.append(subnet)
                case .unknown(let reason):
                    notes.append(rule.unverified(
                        "every subnet of \(loadBalancer.displayName) \(what)", because: reason,
                        subject: loadBalancer.id.description, location: loadBalancer.location))
                }
            }
        }
        return LoadBalancerScope(loadBalancer: loadBalancer, subnets: subnets, notes: notes)
    }

    /// How many subnets (so nodes, one per AZ) the load balancer has, counting unresolved ones.
    var nodeCount: Int { loadBalancer.subnets.value?.count ?? subnets.count }
}
