public import Addresses
public import ALBLogs
public import Findings

/// One link of a diagnosis's chain, as values: which address, node, period, counts. Its sentence is
/// written by `sentence` (EvidenceFact+Sentence.swift), the only place a diagnosis's evidence
/// becomes text, so the builder joins and tests compare values, never wording.
public enum EvidenceFact: Sendable, Codable, Equatable {
    /// A view's own finding, quoted as that view wrote it (with its file location, if any).
    case finding(Finding)
    /// The probe: the address failed `tries.failed` of `tries.total` tries, with no finding of its own.
    case addressFailed(address: IPAddress, tries: Tries)
    /// The probe: these addresses answered TCP, TLS and HTTP in every try.
    case addressesAnswered(addresses: [IPAddress], tries: Int)
    /// The account: the load balancer that serves the name, and how it was found.
    case servedBy(loadBalancer: String, host: String, match: LoadBalancerMatch.How)
    /// The account: no load balancer in `source` serves the name.
    case noLoadBalancer(source: String)
    /// The account: the address is a node's, on that interface, in that subnet and zone.
    case node(address: IPAddress, interface: String, interfaceDescription: String?, loadBalancer: String, subnet: String?, availabilityZone: String?)
    /// The logs: what the node at `address` wrote in the period.
    case nodeWrote(address: IPAddress, activity: LogAnalysis.NodeActivity, period: LogPeriod)
    /// The logs: the node at `address` wrote nothing while the others wrote `files` files.
    case nodeSilent(address: IPAddress, period: LogPeriod, writers: [String], files: Int)
    /// The logs: clients redirected to HTTPS who never came back within the window.
    case clientsLost(lost: Int, redirected: Int, windowSeconds: Int, first: LogTime?, last: LogTime?)
    /// The logs: every redirected client came back within the window.
    case clientsArrived(redirected: Int, windowSeconds: Int)
    /// The logs: failed TLS handshakes, by error code, most frequent first.
    case tlsFailures(failures: Int, connections: Int, byCode: [CodeCount])
    /// The logs: a file that could not be read to the end, and why.
    case unreadableFile(problem: String)

    /// How often an address failed.
    public struct Tries: Sendable, Codable, Equatable {
        public var failed: Int
        public var total: Int
        public init(failed: Int, total: Int) {
            self.failed = failed
            self.total = total
        }
    }

    /// A TLS error code and how many handshakes failed with it.
    public struct CodeCount: Sendable, Codable, Equatable {
        public var code: String
        public var count: Int
        public init(code: String, count: Int) {
            self.code = code
            self.count = count
        }
    }
}
