internal import Localization
internal import Topology

/// Why the rules cannot tell where a subnet's traffic goes, by typed key: a default route whose
/// internet gateway, attachment or endpoint is unknown, or the way back through an internet
/// gateway's edge route table that cannot be followed. English in `RouteReason+en.swift`,
/// Japanese in `RouteReason+ja.swift`.
enum RouteReason: CatalogEntry {
    // Whether a default route reaches an internet gateway attached to its VPC (ALB001–ALB003)
    /// The route goes to an internet gateway but names none.
    case routeNamesNoInternetGateway
    /// An attachment whose internet gateway is unknown (`reason`) may attach `gateway` to the VPC.
    case gatewayMayBeAttached(attachment: String, reason: LocalizedText, gateway: String)
    /// The route's internet gateway and its attachment are not in the model (an id from a
    /// parameter, say).
    case gatewayNotInModel(gateway: String)

    // The way back through a firewall (ALB013)
    /// The subnet has no IPv6 block in the model, so its IPv6 way back cannot be followed.
    case noIPv6Block
    /// A route of the edge route table has an unknown destination that may hold the subnet's `block`.
    case edgeDestinationUnknown(edge: RouteTable, reason: LocalizedText, block: String)
    /// The target of the edge route for the subnet's block (`destination`) is unknown.
    case edgeTargetUnknown(edge: RouteTable, destination: String, reason: LocalizedText)
    /// The endpoint of the subnet's default route is unknown.
    case defaultRouteEndpointUnknown(reason: LocalizedText)
    /// The endpoint of the edge route for the subnet's block (`destination`) is unknown.
    case edgeEndpointUnknown(edge: RouteTable, destination: String, reason: LocalizedText)
    /// The endpoint of the default route or of the edge route has no id to compare.
    case endpointNotNamed
}

extension Known {
    /// An unknown whose reason is `reason`.
    static func unknown(_ reason: RouteReason) -> Known { .unknown(reason: LocalizedText(reason)) }
}
