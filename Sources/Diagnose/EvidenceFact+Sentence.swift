/// The English sentence of each fact: the text, HTML and Markdown reports and JSON's `message`
/// print it.
extension EvidenceFact {
    public var sentence: String {
        switch self {
        case .finding(let finding):
            return "\(finding.location.map { "\($0): " } ?? "")\(finding.message)"
        case .addressFailed(let address, let tries):
            return "\(address) failed \(tries)."
        case .addressesAnswered(let addresses, let tries):
            return "\(addresses.map(\.description).joined(separator: ", ")) answered TCP, TLS and HTTP in every one of \(tries) tries."
        case .servedBy(let loadBalancer, let host, let match):
            return "\(loadBalancer) serves \(host): found by \(match)."
        case .noLoadBalancer(let source):
            return "No load balancer in \(source) has the name's CNAME as its DNS name or a node interface holding one of its addresses: the name is served from elsewhere, or by another account or region."
        case .node(let address, let interface, let description, let loadBalancer, let subnet, let zone):
            return "\(address.text) is the address of \(interface) (\(description ?? "")), \(loadBalancer)'s node in \(subnet ?? "an unknown subnet")\(zone.map { " (\($0))" } ?? "")."
        case .nodeWrote(let address, let activity, let period):
            return "\(address) wrote \(activity.accessFiles) access-log and \(activity.connectionFiles) connection-log files (\(activity.accessEntries) requests, \(activity.connectionEntries) connections) in \(period)."
        case .nodeSilent(let address, let period, let writers, let files):
            return "\(address) wrote no log in \(period) while \(writers.joined(separator: ", ")) wrote \(files) files: no client reached that node."
        case .clientsLost(let lost, let redirected, let window, let first, let last):
            return "\(lost) of \(redirected) clients redirected to HTTPS never arrived within \(window) s (first \(first?.description ?? ""), last \(last?.description ?? "")): they picked an address that does not answer."
        case .clientsArrived(let redirected, let window):
            return "All \(redirected) clients redirected to HTTPS arrived within \(window) s."
        case .tlsFailures(let failures, let connections, let byCode):
            return "\(failures) of \(connections) TLS handshakes failed (\(byCode.map { "\($0.code): \($0.count)" }.joined(separator: ", ")))."
        case .unreadableFile(let problem):
            return "Could not read all of a file: \(problem)"
        }
    }
}

extension EvidenceFact.Tries: CustomStringConvertible {
    /// "3 of 6 tries".
    public var description: String { "\(failed) of \(total) tries" }
}
