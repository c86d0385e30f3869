internal import Localization
internal import Topology

extension SecurityGroupAdmitsNoClient {
    /// The messages of ALB008, by typed key. English in `SecurityGroupAdmitsNoClient+Message+en.swift`,
    /// Japanese in `SecurityGroupAdmitsNoClient+Message+ja.swift`.
    enum Message: CatalogEntry {
        /// No security group of the load balancer (their names; the VPC's default one when empty)
        /// admits a listener's port.
        case admitsNoClient(loadBalancer: String, securityGroups: [String], port: Int, listener: String)
        /// The security groups admit a listener's port only from some sources: CIDR blocks,
        /// prefix lists or security groups.
        case admitsOnlySome(loadBalancer: String, port: Int, listener: String, peers: [SecurityGroupRule.Peer])

        // What ALB008 could not verify.
        /// That the load balancer's security groups admit clients.
        case admitsClients(loadBalancer: String)
        /// That they admit clients on a listener's port, which is unknown.
        case admitsClientsOnPortOf(loadBalancer: String, listener: String)
        /// That they admit clients on a listener's port.
        case admitsClientsOnPort(loadBalancer: String, port: Int, listener: String)

        // Why; each `reason` is the model's.
        /// The listener's port is unknown.
        case portUnknown(reason: LocalizedText)
        /// The ports of an ingress rule are unknown.
        case ingressPortsUnknown(reason: LocalizedText)
        /// The source of an ingress rule is unknown.
        case ingressSourceUnknown(reason: LocalizedText)
    }
}
