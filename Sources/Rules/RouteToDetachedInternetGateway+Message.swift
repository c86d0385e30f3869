internal import Localization
internal import Topology

extension RouteToDetachedInternetGateway {
    /// The messages ALB003 writes, by typed key. English in `…+Message+en.swift`, Japanese in
    /// `…+Message+ja.swift`.
    enum Message: CatalogEntry {
        /// A route to an internet gateway not attached to the table's VPC: where the route sends
        /// (nil when unknown), the VPCs the gateway is attached to instead, and the subnets cut off.
        case routeToDetachedGateway(table: RouteTable, destination: String?, gateway: String, vpc: String, attachedTo: [String], subnets: [String])
        /// What ALB003 could not verify.
        case isAttached(gateway: String, table: RouteTable)
    }
}
