internal import Localization

extension TargetSecurityGroupBlocksLoadBalancer {
    /// The messages of ALB011, by typed key. English in `TargetSecurityGroupBlocksLoadBalancer+Message+en.swift`,
    /// Japanese in `TargetSecurityGroupBlocksLoadBalancer+Message+ja.swift`.
    enum Message: CatalogEntry {
        /// A target's security groups (their names; none when empty) do not admit the load balancer on the target port.
        case blocksLoadBalancer(target: String, targetGroup: String, securityGroups: [String], loadBalancer: String, port: Int)
        /// What ALB011 could not verify.
        case admitsLoadBalancer(target: String, loadBalancer: String)

        // Why; each `reason` is the model's.
        /// The target's port is unknown.
        case targetPortUnknown(reason: LocalizedText)
        /// Some of the target's security groups are not in the model.
        case securityGroupsNotInModel
        /// The ports of one of the target's ingress rules are unknown.
        case ingressPortsUnknown(reason: LocalizedText)
        /// The source of one of the target's ingress rules is unknown.
        case ingressSourceUnknown(reason: LocalizedText)
        /// What the target must admit (the load balancer's security groups or subnets) is unknown.
        case whatToAdmitUnknown(reason: LocalizedText)
    }
}
