internal import Topology

extension RouteToDetachedInternetGateway.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .routeToDetachedGateway(let table, let destination, let gateway, let vpc, let attachedTo, let subnets):
            "\(table.displayName) sends \(destination ?? "traffic") to internet gateway \(gateway), which is not attached to VPC \(vpc)\(attachedTo.isEmpty ? "" : " (it is attached to \(attachedTo.joined(separator: ", ")))"), so \(subnets.isEmpty ? "no subnet using this table can reach the internet" : "\(subnets.joined(separator: ", ")) cannot reach the internet")."
        case .isAttached(let gateway, let table): "\(gateway) is attached to the VPC of \(table.displayName)"
        }
    }
}
