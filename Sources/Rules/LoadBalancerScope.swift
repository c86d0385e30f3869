internal import Findings
internal import Localization
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
    /// and address types only; a load balancer whose kind or address type is unknown where the
    /// rule asks for some gets a note instead of being checked as if it were one of them.
    static func internetFacing(
        in topology: Topology,
        for rule: FindingKind,
        checking what: ScopeText.Check,
        kinds: Set<LoadBalancer.Kind>? = nil,
        ipAddressTypes: Set<LoadBalancer.IPAddressType>? = nil
    ) -> (scopes: [LoadBalancerScope], notes: [Finding]) {
        var scopes: [LoadBalancerScope] = []
        var notes: [Finding] = []
        for loadBalancer in topology.loadBalancers {
            switch selected(loadBalancer, for: rule, checking: what, kinds: kinds, ipAddressTypes: ipAddressTypes) {
            case .no: continue
            case .unknown(let note): notes.append(note); continue
            case .yes: break
            }
            switch loadBalancer.isInternetFacing {
            case .known(false):
                continue
            case .unknown(let reason):
                notes.append(rule.unverified(
                    LocalizedText(ScopeText.loadBalancer(loadBalancer.displayName, what)), because: LocalizedText(ScopeText.schemeUnknown(reason: reason)),
                    subject: loadBalancer.subject, location: loadBalancer.location))
            case .known(true):
                scopes.append(resolve(loadBalancer, in: topology, for: rule, checking: what))
            }
        }
        return (scopes, notes)
    }

    /// Every load balancer of the given kinds, whatever its scheme; one whose kind is unknown
    /// gets a note.
    static func all(
        in topology: Topology,
        for rule: FindingKind,
        checking what: ScopeText.Check,
        kinds: Set<LoadBalancer.Kind>? = nil
    ) -> (scopes: [LoadBalancerScope], notes: [Finding]) {
        var scopes: [LoadBalancerScope] = []
        var notes: [Finding] = []
        for loadBalancer in topology.loadBalancers {
            switch selected(loadBalancer, for: rule, checking: what, kinds: kinds, ipAddressTypes: nil) {
            case .no: continue
            case .unknown(let note): notes.append(note)
            case .yes: scopes.append(resolve(loadBalancer, in: topology, for: rule, checking: what))
            }
        }
        return (scopes, notes)
    }

    private enum Selection {
        case yes
        case no
        case unknown(Finding)
    }

    /// Whether the rule looks at this load balancer: its kind and address type among those asked for.
    private static func selected(
        _ loadBalancer: LoadBalancer,
        for rule: FindingKind,
        checking what: ScopeText.Check,
        kinds: Set<LoadBalancer.Kind>?,
        ipAddressTypes: Set<LoadBalancer.IPAddressType>?
    ) -> Selection {
        if let kinds {
            switch loadBalancer.kind {
            case .known(let kind) where !kinds.contains(kind): return .no
            case .unknown(let reason):
                return .unknown(rule.unverified(
                    LocalizedText(ScopeText.loadBalancer(loadBalancer.displayName, what)),
                    because: LocalizedText(ScopeText.kindUnknown(reason: reason, ruleKinds: kinds)),
                    subject: loadBalancer.subject, location: loadBalancer.location))
            case .known: break
            }
        }
        if let ipAddressTypes {
            switch loadBalancer.ipAddressType {
            case .known(let type) where !ipAddressTypes.contains(type): return .no
            case .unknown(let reason):
                return .unknown(rule.unverified(
                    LocalizedText(ScopeText.loadBalancer(loadBalancer.displayName, what)), because: LocalizedText(ScopeText.ipAddressTypeUnknown(reason: reason)),
                    subject: loadBalancer.subject, location: loadBalancer.location))
            case .known: break
            }
        }
        return .yes
    }

    private static func resolve(_ loadBalancer: LoadBalancer, in topology: Topology, for rule: FindingKind, checking what: ScopeText.Check) -> LoadBalancerScope {
        var subnets: [Subnet] = []
        var notes: [Finding] = []
        switch loadBalancer.subnets {
        case .unknown(let reason):
            notes.append(rule.unverified(
                LocalizedText(ScopeText.loadBalancer(loadBalancer.displayName, what)), because: LocalizedText(ScopeText.subnetsUnknown(reason: reason)),
                subject: loadBalancer.subject, location: loadBalancer.location))
        case .known(let references):
            for reference in references {
                switch topology.subnet(reference) {
                case .known(let subnet):
                    subnets.append(subnet)
                case .unknown(let reason):
                    notes.append(rule.unverified(
                        LocalizedText(ScopeText.everySubnet(of: loadBalancer.displayName, what)), because: reason,
                        subject: loadBalancer.subject, location: loadBalancer.location))
                }
            }
        }
        return LoadBalancerScope(loadBalancer: loadBalancer, subnets: subnets, notes: notes)
    }

    /// How many subnets (so nodes, one per AZ) the load balancer has, counting unresolved ones.
    var nodeCount: Int { loadBalancer.subnets.value?.count ?? subnets.count }
}
