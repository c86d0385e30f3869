internal import Localization
internal import Topology

extension PictureText {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .networkHeading: "Network"
        case .pictureLabel: "network picture"
        case .nothingToDraw: "No VPC or load balancer in the model."
        case .groupTitle(let vpc, let loadBalancer): "VPC \(vpc ?? "VPC unknown")" + (loadBalancer.map { " — load balancer \($0)" } ?? "")
        case .internet: "Internet"
        case .internetGateways(let gateways): "internet gateway " + gateways.joined(separator: ", ")
        case .noInternetGatewayAttached: "no internet gateway attached"
        case .noInternetGateway(let vpc): "no internet gateway (VPC \(vpc ?? "VPC unknown"))"
        case .routeTable(let table): "route table: " + (table?.displayName ?? "route table unknown")
        case .cidrUnknown: "CIDR unknown"
        case .zoneUnknown: "zone unknown"
        case .nodeAssignedAtDeployment: "node (address assigned at deployment)"
        case .someNode: "a load-balancer node"
        case .node(let address): "node " + address
        }
    }
}
