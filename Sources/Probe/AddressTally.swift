internal import Addresses

/// The tries of one address, folded into an `AddressReport` as rounds arrive. Pure.
struct AddressTally: Sendable {
    let url: String
    let address: IPAddress
    private(set) var best: ConnectionResult?
    private(set) var bestChain: [[UInt8]] = []
    private(set) var port80: ConnectionResult?
    private var count = 0
    private var connected = 0
    private var succeeded = 0
    private var outcomes: [ConnectionResult.TCPOutcome] = []
    private var failures: [String: Int] = [:]

    init(url: String, address: IPAddress) {
        self.url = url
        self.address = address
    }

    /// Adds one try. The kept try is the first that succeeded, else the latest.
    mutating func add(_ result: ConnectionResult, chain: [[UInt8]], port80 result80: ConnectionResult?) {
        count += 1
        outcomes.append(result.tcp.outcome)
        if outcomes.count > 100 { outcomes.removeFirst() }
        if result.tcp.outcome == .ok { connected += 1 }
        if result.succeeded {
            succeeded += 1
        } else {
            failures[Self.failureName(result), default: 0] += 1
        }
        if best?.succeeded != true {
            best = result
            bestChain = chain
        }
        if let result80, port80?.succeeded != true { port80 = result80 }
    }

    func report(ttl: UInt32?, dnsMs: Double?, verified: (chain: [CertificateSummary], verification: Verification?)?) -> AddressReport? {
        guard var best else { return nil }
        if let verified, best.tls != nil {
            best.tls?.chain = verified.chain
            best.tls?.verification = verified.verification
        }
        let phases = AddressReport.Phases(
            dnsMs: dnsMs, connectMs: best.tcp.outcome == .ok ? best.tcp.ms : nil, tlsMs: best.tls?.ms,
            firstByteMs: best.http?.firstByteMs, totalMs: best.totalMs)
        let rounds = AddressReport.Rounds(
            count: count, connected: connected, succeeded: succeeded,
            successRatio: count == 0 ? 0 : Double(succeeded) / Double(count), tcpOutcomes: outcomes, failures: failures)
        return AddressReport(url: url, address: address, family: address.family, ttl: ttl, tcp: best.tcp, tls: best.tls,
                             http: best.http, phases: phases, port80: port80, rounds: rounds)
    }

    /// `tcp timeout`, `tls alert`, `http closed`, …
    private static func failureName(_ result: ConnectionResult) -> String {
        if result.tcp.outcome != .ok { return "tcp \(result.tcp.outcome.rawValue)" }
        if let failure = result.tls?.failure { return "tls \(failure.kind.rawValue)" }
        if let failure = result.http?.failure { return "http \(failure.kind.rawValue)" }
        return "http no response"
    }
}
