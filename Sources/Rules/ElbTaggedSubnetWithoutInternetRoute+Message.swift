internal import Localization
internal import Topology

extension ElbTaggedSubnetWithoutInternetRoute {
    /// The messages of ALB015, by typed key. English in
    /// `ElbTaggedSubnetWithoutInternetRoute+Message+en.swift`, Japanese in `…+Message+ja.swift`.
    enum Message: CatalogEntry {
        // The finding
        /// A subnet tagged for internet-facing load balancers (in a zone, nil when unknown) whose
        /// route table does not send 0.0.0.0/0 to an internet gateway.
        case taggedSubnetWithoutRoute(subnet: String, zone: String?, tag: String, table: RouteTable, problem: RouteProblem)

        // What could not be verified
        /// A subnet known to be tagged can reach the internet.
        case taggedSubnetReachesInternet(subnet: String)
        /// A subnet without a route to the internet is not tagged `tag` (its tags are unknown).
        case notTaggedWithoutRoute(subnet: String, tag: String)

        // Why
        /// The subnet's tags are unknown (the model's reason), and its route table does not reach the internet.
        case tagsUnknown(reason: LocalizedText, table: RouteTable, problem: RouteProblem)
        /// The default route goes to a transit gateway whose far side is not in the model.
        case farSideNotInModel(table: RouteTable, target: RouteTarget)
    }
}
