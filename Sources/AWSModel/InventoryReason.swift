internal import Localization
internal import Topology

/// Why a fact of the model built from an account is unknown, by typed key: a field AWS left
/// out of an answer, or a value albdoctor does not recognise. English in
/// `InventoryReason+en.swift`, Japanese in `InventoryReason+ja.swift`.
enum InventoryReason: CatalogEntry {
    /// A call (`DescribeSubnets`) answered a record (its id or name) without a field (`vpcId`).
    case missingField(call: String, field: String, record: String)
    /// A call answered an entry of a network ACL without a field (`ruleAction`, `ruleNumber`).
    case entryFieldMissing(call: String, field: String, acl: String)
    /// `DescribeNetworkAcls` answered an entry of a network ACL without its protocol.
    case entryProtocolMissing(acl: String)
    /// An entry of a network ACL has a protocol albdoctor does not recognise.
    case entryProtocolUnknown(protocol: String, acl: String)
    /// An entry of a network ACL has a rule action other than allow and deny.
    case ruleActionUnknown(String)
    /// An entry of a network ACL has neither an IPv4 nor an IPv6 block.
    case entryWithoutBlock
    /// A security group without a VPC: an EC2-Classic one.
    case classicSecurityGroup
    /// A load balancer's scheme is neither internet-facing nor internal.
    case schemeUnknown(String)
    /// A load balancer's type is not one albdoctor knows.
    case typeUnknown(String)
    /// A load balancer's IP address type is not one albdoctor knows.
    case addressTypeUnknown(String)
    /// A listener was answered without its port.
    case listenerWithoutPort
    /// A listener was answered without its protocol.
    case listenerWithoutProtocol
    /// No network interface of a target (an instance id or an address) was answered, so its
    /// security groups are unknown.
    case noNetworkInterface(target: String)
    /// A VPC was answered without an IPv4 block.
    case vpcWithoutIPv4Block
    /// A subnet without an IPv4 block: an IPv6-only one.
    case ipv6OnlySubnet
    /// The snapshot read was saved by an albdoctor that did not keep subnet tags.
    case snapshotWithoutSubnetTags
    /// A route was answered without a destination.
    case routeWithoutDestination
    /// A route was answered without a target.
    case routeWithoutTarget
    /// `DescribeSecurityGroups` answered a rule without `ipProtocol`.
    case permissionWithoutProtocol
    /// A security group rule has a protocol albdoctor does not recognise.
    case protocolUnknown(String)
}

extension Known {
    /// An unknown whose reason is `reason`.
    static func unknown(_ reason: InventoryReason) -> Known { .unknown(reason: LocalizedText(reason)) }
}
