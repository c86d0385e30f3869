internal import Findings
internal import Localization

extension TargetSecurityGroupBlocksLoadBalancer.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .blocksLoadBalancer(let target, let targetGroup, let securityGroups, let loadBalancer, let port):
            "\(target), a target of \(targetGroup), has security groups (\(EvidenceValue.names(securityGroups).english)) that do not admit \(loadBalancer) on TCP \(port), so its health checks fail and requests get 502/503."
        case .admitsLoadBalancer(let target, let loadBalancer): "\(target) admits \(loadBalancer)"
        case .targetPortUnknown(let reason): "its target port is unknown (\(reason.english))"
        case .securityGroupsNotInModel: "some of its security groups are not in the model"
        case .ingressPortsUnknown(let reason): "the ports of one of its ingress rules are unknown (\(reason.english))"
        case .ingressSourceUnknown(let reason): "the source of one of its ingress rules is unknown (\(reason.english))"
        case .whatToAdmitUnknown(let reason): "what it must admit is unknown: \(reason.english)"
        }
    }
}
