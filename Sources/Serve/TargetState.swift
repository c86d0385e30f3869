public import Addresses
public import Findings
public import Localization
public import Probe

/// What `serve` knows of one target, round after round: the addresses it has seen (union of the
/// rotating DNS answers), how long each has been absent, the last rounds' outcomes per address
/// and the last report. An address absent from DNS for `dropAfter` rounds is dropped, so the
/// series stay bounded. Pure: the monitor feeds it.
public struct TargetState: Sendable {
    /// How many rounds of history each address keeps (the status page draws them).
    public static let historyLength = 30

    public struct Address: Sendable {
        public var address: IPAddress
        /// Rounds in a row the DNS did not return it.
        public var absentRounds = 0
        /// The last rounds' outcomes, oldest first: true when every phase succeeded.
        public var history: [Bool] = []
        /// Rounds in a row it failed (0 once it answers).
        public var consecutiveFailures = 0
        public var last: AddressReport?
    }

    public let target: ServeConfiguration.Target
    public private(set) var addresses: [Address] = []
    public private(set) var rounds = 0
    public private(set) var lastReport: ProbeReport?
    public private(set) var findings: [Finding] = []
    /// Why the last resolution failed, when it did, in every language.
    public private(set) var resolutionError: LocalizedText?

    public init(target: ServeConfiguration.Target) { self.target = target }

    /// Takes this round's DNS answer; returns the addresses to probe and those dropped.
    public mutating func resolved(_ answer: [IPAddress]) -> (probe: [IPAddress], dropped: [IPAddress]) {
        resolutionError = nil
        let current = Set(answer)
        for index in addresses.indices { addresses[index].absentRounds = current.contains(addresses[index].address) ? 0 : addresses[index].absentRounds + 1 }
        let dropped = addresses.filter { $0.absentRounds >= target.dropAfter }.map(\.address)
        addresses.removeAll { $0.absentRounds >= target.dropAfter }
        for address in answer.sorted() where !addresses.contains(where: { $0.address == address }) { addresses.append(Address(address: address)) }
        addresses.sort { $0.address < $1.address }
        return (addresses.map(\.address), dropped)
    }

    /// Records a failed resolution: the known addresses are still probed.
    public mutating func resolutionFailed(_ reason: LocalizedText) -> [IPAddress] {
        resolutionError = reason
        return addresses.map(\.address)
    }

    /// Takes the round's report.
    public mutating func probed(_ report: ProbeReport) {
        rounds += 1
        lastReport = report
        findings = report.findings()
        for item in report.addresses {
            guard let index = addresses.firstIndex(where: { $0.address == item.address }) else { continue }
            addresses[index].last = item
            let succeeded = item.rounds.succeeded == item.rounds.count
            addresses[index].history.append(succeeded)
            addresses[index].consecutiveFailures = succeeded ? 0 : addresses[index].consecutiveFailures + 1
            if addresses[index].history.count > Self.historyLength { addresses[index].history.removeFirst() }
        }
    }
}
