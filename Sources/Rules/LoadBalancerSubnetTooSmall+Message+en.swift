extension LoadBalancerSubnetTooSmall.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .tooSmallForNode(let subnet, let loadBalancer, let block, let usable):
            "\(subnet) of \(loadBalancer) is \(block), \(usable) usable addresses: fewer than the eight free addresses an Application Load Balancer needs in each subnet, so it cannot place or scale its node there."
        case .smallerThanAdvised(let subnet, let loadBalancer, let block, let usable):
            "\(subnet) of \(loadBalancer) is \(block), \(usable) usable addresses: AWS accepts it, but asks for a /27 so the load balancer can add nodes as it scales."
        case .giveLargerBlock(let subnet): "Give \(subnet) a /27 or larger CIDR block."
        case .giveLargerBlockBeforeScaling(let subnet): "Give \(subnet) a /27 or larger CIDR block before the load balancer needs to scale."
        case .isLargeEnough(let subnet): "subnet \(subnet) is /27 or larger"
        }
    }
}
