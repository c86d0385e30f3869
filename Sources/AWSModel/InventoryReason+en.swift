extension InventoryReason {
    /// The English of every entry.
    var english: String {
        switch self {
        case .missingField(let call, let field, let record): "\(call) gave no \(field) for \(record)"
        case .entryFieldMissing(let call, let field, let acl): "\(call) gave no \(field) for an entry of \(acl)"
        case .entryProtocolMissing(let acl): "DescribeNetworkAcls gave no protocol for an entry of \(acl)"
        case .entryProtocolUnknown(let `protocol`, let acl): "protocol '\(`protocol`)' of an entry of \(acl)"
        case .ruleActionUnknown(let action): "rule action \(action)"
        case .entryWithoutBlock: "entry without a CIDR block"
        case .classicSecurityGroup: "EC2-Classic group"
        case .schemeUnknown(let scheme): "scheme \(scheme)"
        case .typeUnknown(let type): "type \(type)"
        case .addressTypeUnknown(let type): "address type \(type)"
        case .listenerWithoutPort: "no port"
        case .listenerWithoutProtocol: "no protocol"
        case .noNetworkInterface(let target): "no network interface of \(target) was returned"
        case .vpcWithoutIPv4Block: "no IPv4 block"
        case .ipv6OnlySubnet: "IPv6-only subnet"
        case .snapshotWithoutSubnetTags: "the snapshot was saved before albdoctor kept subnet tags; save it again with albdoctor aws --save-snapshot FILE"
        case .routeWithoutDestination: "route without a destination"
        case .routeWithoutTarget: "route without a target"
        case .permissionWithoutProtocol: "DescribeSecurityGroups gave a permission without ipProtocol"
        case .protocolUnknown(let `protocol`): "protocol '\(`protocol`)'"
        }
    }
}
