public import Addresses
public import ALBLogs
public import Findings
public import Localization

/// One link of a diagnosis's chain, as values: which address, node, period, counts. It is the
/// catalog key of its own sentence (DiagnosisSentences.swift and DiagnosisSentences+ja.swift,
/// where the root cause's sentences are written too), so the builder joins and tests compare values, never wording. JSON: one key naming the
/// case, holding its labelled values.
public enum EvidenceFact: Sendable, Encodable, Equatable {
    /// A view's own finding, quoted: which rule on which subject (and where, in a file), in the
    /// view's words.
    case finding(rule: String, subject: Subject, location: Location?, message: LocalizedText)
    /// The probe: the address failed `tries.failed` of `tries.total` tries, with no finding of its own.
    case addressFailed(address: IPAddress, tries: Tries)
    /// The probe: these addresses answered TCP, TLS and HTTP in every try.
    case addressesAnswered(addresses: [IPAddress], tries: Int)
    /// The account: the load balancer that serves the name (the host probed, or the URL given
    /// when there was no probe), and how it was found.
    case servedBy(loadBalancer: String, name: String, match: LoadBalancerMatch.How)
    /// The account: no load balancer in `source` serves the name.
    case noLoadBalancer(source: DiagnosisInput.AccountOrigin)
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
    /// The logs: a file that could not be read to the end, and why (`FILE: PROBLEM`).
    case unreadableFile(problem: LocalizedText)

    /// The finding, quoted.
    public static func quoting(_ finding: Finding) -> EvidenceFact {
        .finding(rule: finding.ruleID, subject: finding.subject, location: finding.location, message: finding.localizedMessage)
    }

    /// How often an address failed.
    public struct Tries: Sendable, Codable, Equatable {
        /// Tries that did not end in an HTTP answer.
        public var failed: Int
        /// Tries made.
        public var total: Int
        public init(failed: Int, total: Int) {
            self.failed = failed
            self.total = total
        }
    }

    /// A TLS error code and how many handshakes failed with it.
    public struct CodeCount: Sendable, Codable, Equatable {
        /// The connection log's `tls_verify_status`, e.g. `Failed:UnknownCA`.
        public var code: String
        /// Handshakes that failed with it.
        public var count: Int
        public init(code: String, count: Int) {
            self.code = code
            self.count = count
        }
    }
}
