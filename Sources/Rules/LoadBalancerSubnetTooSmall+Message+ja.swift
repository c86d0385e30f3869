extension LoadBalancerSubnetTooSmall.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .tooSmallForNode(let subnet, let loadBalancer, let block, let usable):
            "\(loadBalancer) の \(subnet) は \(block) で、使用可能なアドレスは \(usable) 個です。Application Load Balancer が各サブネットに必要とする 8 個の空きアドレスに満たないため、そこにノードを配置することもスケールすることもできません。"
        case .smallerThanAdvised(let subnet, let loadBalancer, let block, let usable):
            "\(loadBalancer) の \(subnet) は \(block) で、使用可能なアドレスは \(usable) 個です。AWS はこれを受け付けますが、ロードバランサーがスケールに応じてノードを追加できるよう /27 を求めています。"
        case .giveLargerBlock(let subnet): "\(subnet) に /27 以上の CIDR ブロックを割り当てます。"
        case .giveLargerBlockBeforeScaling(let subnet): "ロードバランサーのスケールが必要になる前に、\(subnet) に /27 以上の CIDR ブロックを割り当てます。"
        case .isLargeEnough(let subnet): "サブネット \(subnet) が /27 以上であること"
        }
    }
}
