extension LoadBalancerAvailabilityZones.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .tooFewSubnets(let loadBalancer, let subnets):
            "\(loadBalancer) has \(subnets == 1 ? "one subnet" : "no subnets"); an Application Load Balancer needs subnets in at least two Availability Zones, so CloudFormation will reject it."
        case .addSubnetInSecondZone(let firstSubnet):
            "Add a subnet in a second Availability Zone that uses the same public route table as \(firstSubnet ?? "the first")."
        case .sharedZone(let subnets, let loadBalancer, let zone):
            "\(subnets.joined(separator: " and ")) of \(loadBalancer) are both in \(zone); an Application Load Balancer takes at most one subnet per Availability Zone."
        case .moveToAnotherZone: "Move one of them to another Availability Zone (a different index in `!Select [i, !GetAZs '']`)."
        case .isInOwnZone(let subnet): "subnet \(subnet) is in its own Availability Zone"
        }
    }
}
