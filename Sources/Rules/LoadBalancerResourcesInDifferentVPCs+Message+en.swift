extension LoadBalancerResourcesInDifferentVPCs.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .mixedVPCs(let loadBalancer, let vpcs):
            "\(loadBalancer) mixes resources of \(vpcs.count) VPCs (\(vpcs.map { "\($0.vpc): \($0.members.joined(separator: ", "))" }.joined(separator: "; "))); its subnets and security groups must share one VPC."
        case .useOneVPC: "Use subnets and security groups of one VPC."
        case .sameVPC(let member, let loadBalancer): "the VPC of \(member) is the one of \(loadBalancer)'s other subnets and security groups"
        case .sameVPCOfSubnet(let loadBalancer): "the VPC of a subnet is the one of \(loadBalancer)'s other subnets and security groups"
        case .sameVPCOfSecurityGroup(let loadBalancer): "the VPC of a security group is the one of \(loadBalancer)'s other subnets and security groups"
        }
    }
}
