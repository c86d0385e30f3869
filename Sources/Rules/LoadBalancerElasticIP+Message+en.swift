extension LoadBalancerElasticIP.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .cannotHoldElasticIP(let loadBalancer, let subnet, let problem):
            "\(loadBalancer) gives its node in \(subnet ?? "a subnet") an Elastic IP, but \(problem.english), so CloudFormation will reject it."
        case .sharedElasticIP(let node, let allocation, let others):
            "\(node.english) is given Elastic IP \(allocation), which \(others.map(\.english).joined(separator: " and ")) also \(others.count == 1 ? "holds" : "hold"): an address is held by one of them only, so the load balancer cannot be created or that node stops answering on it."
        case .elasticIPIsFree(let loadBalancer, let subnet):
            "the Elastic IP of \(Holder.node(loadBalancer: loadBalancer, subnet: subnet).english) is free for it"
        case .removeAllocation(let mapping):
            "Remove AllocationId from the subnet mapping of \(mapping) (or use an internet-facing Network Load Balancer)."
        case .giveOwnElasticIP(let mapping):
            "Give the subnet mapping of \(mapping ?? "that subnet") an Elastic IP of its own: a new AWS::EC2::EIP and AllocationId: !GetAtt <it>.AllocationId."
        case .allocationNotInTemplates(let allocation, let region):
            "allocation \(allocation) is not an Elastic IP of the given templates; check that it exists in \(region) and that nothing else holds it"
        case .allocationNotInAccount(let allocation): "allocation \(allocation) was not returned by the account"
        case .allocationNotInConfiguration(let allocation, let region):
            "allocation \(allocation) is not an aws_eip of the given configuration; check that it exists in \(region) and that nothing else holds it"
        }
    }
}

extension LoadBalancerElasticIP.Message.HolderProblem {
    /// The English of every entry.
    var english: String {
        switch self {
        case .applicationLoadBalancer: "an Application Load Balancer takes no AllocationId"
        case .internalLoadBalancer: "an internal load balancer takes no Elastic IP (its mappings take PrivateIPv4Address)"
        }
    }
}

extension LoadBalancerElasticIP.Message.Holder {
    /// The English of every entry.
    var english: String {
        switch self {
        case .node(let loadBalancer, let subnet): "\(loadBalancer)'s node in \(subnet ?? "a subnet")"
        case .resource(let kind, let name): "\(kind) \(name)"
        }
    }
}
