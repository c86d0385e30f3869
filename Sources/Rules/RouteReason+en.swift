internal import Localization
internal import Topology

extension RouteReason {
    /// The English of every entry.
    var english: String {
        switch self {
        case .routeNamesNoInternetGateway: "the route names no internet gateway"
        case .gatewayMayBeAttached(let attachment, let reason, let gateway):
            "the internet gateway of \(attachment) is unknown (\(reason.english)), and it may be \(gateway)"
        case .gatewayNotInModel(let gateway): "internet gateway \(gateway) and its attachment are not in the model"
        case .noIPv6Block: "it has no IPv6 block in the model"
        case .edgeDestinationUnknown(let edge, let reason, let block):
            "a route of \(edge.displayName) has an unknown destination (\(reason.english)) that may be \(block)"
        case .edgeTargetUnknown(let edge, let destination, let reason):
            "the target of \(edge.displayName)'s route for \(destination) is unknown (\(reason.english))"
        case .defaultRouteEndpointUnknown(let reason): "the endpoint of the subnet's default route is unknown (\(reason.english))"
        case .edgeEndpointUnknown(let edge, let destination, let reason):
            "the endpoint of \(edge.displayName)'s route for \(destination) is unknown (\(reason.english))"
        case .endpointNotNamed: "an endpoint is not named"
        }
    }
}
