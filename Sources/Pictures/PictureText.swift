public import Localization
public import Topology

/// The words of the network picture (the SVG of HTML reports and the Mermaid flowchart of
/// Markdown ones): its heading, its boxes' labels and what stands for a value the model does not
/// know. Names, ids, CIDRs and addresses are drawn as they are.
public enum PictureText: CatalogEntry {
    /// The section's heading, in HTML and in Markdown.
    case networkHeading
    /// The SVG's accessible name.
    case pictureLabel
    /// What the picture says when there is nothing to draw.
    case nothingToDraw
    /// The title over one group: its VPC (nil when unknown) and its load balancer, if any.
    case groupTitle(vpc: String?, loadBalancer: String?)
    /// The cloud at the top.
    case internet
    /// The gateway box: the internet gateways attached to the VPC, or none.
    case internetGateways([String])
    case noInternetGatewayAttached
    /// The Mermaid gateway box when the VPC (nil when unknown) has no internet gateway.
    case noInternetGateway(vpc: String?)
    /// A subnet's line for its route table (nil when it is unknown).
    case routeTable(RouteTable?)
    /// What stands for a subnet's CIDR block or Availability Zone the model does not know.
    case cidrUnknown, zoneUnknown
    /// A load balancer's node in a template, whose address AWS assigns at deployment.
    case nodeAssignedAtDeployment
    /// The Mermaid flowchart's lines for a node: one whose address is not known, one whose is.
    case someNode
    case node(address: String)
}
