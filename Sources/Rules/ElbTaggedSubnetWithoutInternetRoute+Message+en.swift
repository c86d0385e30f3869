internal import Localization
internal import Topology

extension ElbTaggedSubnetWithoutInternetRoute.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .taggedSubnetWithoutRoute(let subnet, let zone, let tag, let table, let problem):
            "\(subnet) (\(zone ?? "unknown AZ")) is tagged \(tag), so the AWS Load Balancer Controller puts internet-facing load balancers in it, but it uses \(table.displayName), which \(problem.english): their node in this subnet will be unreachable."
        case .taggedSubnetReachesInternet(let subnet): "tagged subnet \(subnet) can reach the internet"
        case .notTaggedWithoutRoute(let subnet, let tag): "subnet \(subnet) is not tagged \(tag) without a route to the internet"
        case .tagsUnknown(let reason, let table, let problem): "its tags are unknown (\(reason.english)) and \(table.displayName) \(problem.english)"
        case .farSideNotInModel(let table, let target): "\(table.displayName) sends 0.0.0.0/0 to \(target), whose far side is not in the model"
        }
    }
}
