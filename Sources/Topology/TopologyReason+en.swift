internal import Localization

extension TopologyReason {
    /// The English of every entry.
    var english: String {
        switch self {
        case .subnetNotInModel(let subnet, let source):
            "subnet \(subnet) is not in the model (\(Self.notInModelHint(source)))"
        case .securityGroupNotInModel(let securityGroup, let source):
            "security group \(securityGroup) is not in the model (\(Self.notInModelHint(source)))"
        case .associatedTableNotInModel(let what, let id, let association, let source):
            "\(what.english) \(id) associated by \(association) is not in the model (\(Self.notInModelHint(source)))"
        case .associationSubnetUnknown(let what, let association, let reason):
            "the subnet of \(what.english) association \(association) is unknown: \(reason.english)"
        case .implicitTableNotInModel(let what, let vpc, let source):
            "the implicit \(what.english) of VPC \(vpc) is not in the model (\(Self.notInModelHint(source)))"
        case .edgeRouteTableNotInModel(let table, let gateway, let association, let source):
            "route table \(table) associated with \(gateway) by \(association) is not in the model (\(Self.notInModelHint(source)))"
        case .edgeAssociationGatewayUnknown(let association, let reason, let gateway):
            "the gateway of edge association \(association) is unknown (\(reason.english)), and it may be \(gateway)"
        case .attachmentGatewayUnknown(let attachment, let reason):
            "the internet gateway of \(attachment) is unknown (\(reason.english))"
        case .attachmentVPCUnknown(let attachment, let reason):
            "the VPC of \(attachment) is unknown (\(reason.english))"
        }
    }

    /// Why a resource named in the model may be missing from it, and what to give then.
    private static func notInModelHint(_ source: Topology.Source) -> String {
        switch source {
        case .templates: "it is defined outside the given templates; pass the stack that defines it"
        case .account: "it was not returned by the account"
        case .terraform: "it is not a resource of the configuration, plan or state given; give the folder or state that declares it too"
        }
    }
}

extension TopologyReason.Table {
    /// The table, named in English.
    var english: String {
        switch self {
        case .routeTable: "route table"
        case .networkACL: "network ACL"
        }
    }
}
