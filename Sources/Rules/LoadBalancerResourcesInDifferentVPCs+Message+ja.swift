extension LoadBalancerResourcesInDifferentVPCs.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .mixedVPCs(let loadBalancer, let vpcs):
            "\(loadBalancer) には \(vpcs.count) 個の VPC のリソースが混在しています: \(vpcs.map { "\($0.vpc)（\($0.members.joined(separator: "、"))）" }.joined(separator: "、"))。サブネットとセキュリティグループは 1 つの VPC のものでなければなりません。"
        case .useOneVPC: "1 つの VPC のサブネットとセキュリティグループを使います。"
        case .sameVPC(let member, let loadBalancer): "\(member) の VPC が \(loadBalancer) の他のサブネットやセキュリティグループと同じであること"
        case .sameVPCOfSubnet(let loadBalancer): "\(loadBalancer) のいずれかのサブネットの VPC が、他のサブネットやセキュリティグループと同じであること"
        case .sameVPCOfSecurityGroup(let loadBalancer): "\(loadBalancer) のいずれかのセキュリティグループの VPC が、他のサブネットやセキュリティグループと同じであること"
        }
    }
}
