internal import Localization

/// Why a lookup in the model is unknown, by typed key: a subnet, security group or table the
/// model does not hold, or an association or attachment whose subnet, gateway or VPC is
/// unknown. English in `TopologyReason+en.swift`, Japanese in `TopologyReason+ja.swift`.
enum TopologyReason: CatalogEntry {
    /// A subnet named by a reference is not in the model (read from `source`).
    case subnetNotInModel(subnet: String, source: Topology.Source)
    /// A security group named by a reference is not in the model.
    case securityGroupNotInModel(securityGroup: String, source: Topology.Source)
    /// The route table or network ACL a subnet is explicitly associated with (by `association`)
    /// is not in the model.
    case associatedTableNotInModel(Table, id: String, association: String, source: Topology.Source)
    /// An association of a route table or network ACL whose subnet is unknown, so it may be any
    /// subnet's; `reason` is why its subnet is unknown.
    case associationSubnetUnknown(Table, association: String, reason: LocalizedText)
    /// The main route table or default network ACL of a VPC, which a subnet without an explicit
    /// association uses, is not in the model.
    case implicitTableNotInModel(Table, vpc: String, source: Topology.Source)
    /// The edge route table associated with a gateway (by `association`) is not in the model.
    case edgeRouteTableNotInModel(table: String, gateway: String, association: String, source: Topology.Source)
    /// The gateway of an edge association is unknown, so its route table may be the edge route
    /// table of `gateway`.
    case edgeAssociationGatewayUnknown(association: String, reason: LocalizedText, gateway: String)
    /// The internet gateway of an attachment to the VPC asked about is unknown.
    case attachmentGatewayUnknown(attachment: String, reason: LocalizedText)
    /// The VPC of an internet gateway attachment is unknown, so it may be the VPC asked about.
    case attachmentVPCUnknown(attachment: String, reason: LocalizedText)

    /// Which of a subnet's tables a reason is about.
    enum Table: Sendable, CaseIterable {
        /// Its route table (explicit, or its VPC's main one).
        case routeTable
        /// Its network ACL (explicit, or its VPC's default one).
        case networkACL
    }
}

extension Known {
    /// An unknown whose reason is `reason`.
    static func unknown(_ reason: TopologyReason) -> Known { .unknown(reason: LocalizedText(reason)) }
}
