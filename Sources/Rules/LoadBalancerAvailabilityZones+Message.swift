internal import Localization

extension LoadBalancerAvailabilityZones {
    /// The messages and fixes ALB004 writes, by typed key. English in `…+Message+en.swift`,
    /// Japanese in `…+Message+ja.swift`.
    enum Message: CatalogEntry {
        /// An Application Load Balancer with fewer than two subnets (`subnets` is 0 or 1).
        case tooFewSubnets(loadBalancer: String, subnets: Int)
        /// Its fix: a subnet in a second zone with the route table of `firstSubnet` (nil when
        /// there is none, or its name is unknown).
        case addSubnetInSecondZone(firstSubnet: String?)
        /// Subnets of one load balancer in the same zone.
        case sharedZone(subnets: [String], loadBalancer: String, zone: String)
        /// Its fix.
        case moveToAnotherZone
        /// What ALB004 could not verify.
        case isInOwnZone(subnet: String)
    }
}
