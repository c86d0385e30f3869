// The English sentences of a diagnosis: the only place its evidence and its root cause become
// text. The text, HTML and Markdown reports and JSON's `message`, `why` and `since` print them.

extension EvidenceFact {
    /// The fact as one sentence.
    public var sentence: String {
        switch self {
        case .finding(_, _, let location, let message):
            return "\(location.map { "\($0): " } ?? "")\(message)"
        case .addressFailed(let address, let tries):
            return "\(address) failed \(tries)."
        case .addressesAnswered(let addresses, let tries):
            return "\(addresses.map(\.description).joined(separator: ", ")) answered TCP, TLS and HTTP in every one of \(tries) tries."
        case .servedBy(let loadBalancer, let name, let match):
            return "\(loadBalancer) serves \(name): found by \(match)."
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

extension Diagnosis.RootCause {
    /// One sentence: which address, how often it failed, and why (the account's finding, else the
    /// probe's).
    public var message: String {
        switch (address, tries, accountFinding) {
        case (let address?, let tries?, let finding?): "\(address.text) failed \(tries): \(finding.message)"
        case (nil, _, let finding?): finding.message
        default: probeFinding?.message ?? address.map { "\($0.text) fails for clients." } ?? ""
        }
    }

    /// Why the node cannot answer: the account's finding, else the probe's, else how often it failed.
    public var why: String {
        accountFinding?.message ?? probeFinding?.message ?? tries.map { "it failed \($0)" } ?? ""
    }
}

extension Diagnosis.RootCause.Since: CustomStringConvertible {
    /// The first lost client's time, or "before 2026-11-27T15:00:00Z (no log in the period)".
    public var description: String {
        switch self {
        case .firstLostClient(let time): time.description
        case .beforePeriod(let start): "before \(start.secondText) (no log in the period)"
        }
    }
}

extension DiagnosisInput.AccountOrigin: CustomStringConvertible {
    /// "region ap-northeast-1 of the account" or "snapshot tokyo.json (ap-northeast-1)".
    public var description: String {
        switch self {
        case .region(let region): "region \(region) of the account"
        case .snapshot(let path, let region): "snapshot \(path) (\(region))"
        }
    }
}
