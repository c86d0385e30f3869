internal import Findings
internal import Localization

extension SecurityGroupAdmitsNoClient.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .admitsNoClient(let loadBalancer, let securityGroups, let port, let listener):
            "No security group of \(loadBalancer) (\(EvidenceValue.names(securityGroups, empty: .defaultSecurityGroup).english)) admits TCP \(port), the port of \(listener), so every client's connection to it times out."
        case .admitsOnlySome(let loadBalancer, let port, let listener, let peers):
            "The security groups of \(loadBalancer) admit TCP \(port) (\(listener)) only from \(peers.map(\.description).joined(separator: ", ")); clients elsewhere time out — fine if deliberate."
        case .admitsClients(let loadBalancer): "the security groups of \(loadBalancer) admit clients"
        case .admitsClientsOnPortOf(let loadBalancer, let listener): "the security groups of \(loadBalancer) admit clients on the port of \(listener)"
        case .admitsClientsOnPort(let loadBalancer, let port, let listener): "the security groups of \(loadBalancer) admit clients on TCP \(port) (\(listener))"
        case .portUnknown(let reason): "its port is unknown (\(reason.english))"
        case .ingressPortsUnknown(let reason): "an ingress rule's ports are unknown (\(reason.english))"
        case .ingressSourceUnknown(let reason): "an ingress rule's source is unknown (\(reason.english))"
        }
    }
}
