public import Findings
public import Topology

/// A check over the network model. One rule per file; each states its id, docs and examples.
public protocol Rule: Sendable {
    /// Its id, documentation and examples.
    static var description: FindingKind { get }
    /// Every finding for this model, including *unverified* notes where facts are unknown.
    func check(_ topology: Topology) -> [Finding]
}

extension Rule {
    /// The rule's description, reachable from an existential.
    public var ruleDescription: FindingKind { Self.description }
}

/// Every rule albdoctor has, in id order. `lint` and `aws` both run exactly these.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        LoadBalancerSubnetWithoutInternetRoute(),
        LoadBalancerSubnetWithoutIPv6InternetRoute(),
        RouteToDetachedInternetGateway(),
        LoadBalancerAvailabilityZones(),
        LoadBalancerSubnetTooSmall(),
        LoadBalancerResourcesInDifferentVPCs(),
        NetworkACLBlocksLoadBalancer(),
        SecurityGroupAdmitsNoClient(),
        RedirectToMissingHTTPSListener(),
        HTTPSListenerWithoutCertificate(),
        TargetSecurityGroupBlocksLoadBalancer(),
        LoadBalancerWithoutConnectionLogs(),
        LoadBalancerSubnetWithAsymmetricInspection(),
        LoadBalancerElasticIP(),
        ElbTaggedSubnetWithoutInternetRoute(),
    ]

    /// The rule with this id (case-insensitive) or name.
    public static func rule(named idOrName: String) -> (any Rule)? {
        all.first { $0.ruleDescription.id.lowercased() == idOrName.lowercased() || $0.ruleDescription.name == idOrName }
    }

    /// Runs every rule over the model.
    public static func check(_ topology: Topology) -> [Finding] {
        all.flatMap { $0.check(topology) }
    }
}
