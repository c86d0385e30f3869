internal import Localization

extension LoadBalancerSubnetTooSmall {
    /// The messages and fixes ALB005 writes, by typed key. English in `…+Message+en.swift`,
    /// Japanese in `…+Message+ja.swift`.
    enum Message: CatalogEntry {
        /// A subnet too small for the eight free addresses a load balancer needs (an error):
        /// its CIDR block and how many addresses AWS leaves usable in it.
        case tooSmallForNode(subnet: String, loadBalancer: String, block: String, usable: Int)
        /// A subnet smaller than the /27 AWS asks for, but with room for a node (a warning).
        case smallerThanAdvised(subnet: String, loadBalancer: String, block: String, usable: Int)
        /// The error's fix.
        case giveLargerBlock(subnet: String)
        /// The warning's fix.
        case giveLargerBlockBeforeScaling(subnet: String)
        /// What ALB005 could not verify.
        case isLargeEnough(subnet: String)
    }
}
