internal import Localization

extension LoadBalancerResourcesInDifferentVPCs {
    /// The messages of ALB006, by typed key. English in `LoadBalancerResourcesInDifferentVPCs+Message+en.swift`,
    /// Japanese in `LoadBalancerResourcesInDifferentVPCs+Message+ja.swift`.
    enum Message: CatalogEntry {
        /// A load balancer's subnets and security groups (`members`, by name) are in more than one VPC.
        case mixedVPCs(loadBalancer: String, vpcs: [(vpc: String, members: [String])])
        /// The fix.
        case useOneVPC

        // What ALB006 could not verify: that a member is in the VPC of the others.
        /// A subnet or security group, by name.
        case sameVPC(member: String, loadBalancer: String)
        /// A subnet that is not in the model.
        case sameVPCOfSubnet(loadBalancer: String)
        /// A security group that is not in the model.
        case sameVPCOfSecurityGroup(loadBalancer: String)
    }
}
