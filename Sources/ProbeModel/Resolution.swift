public import Addresses
public import Localization

/// The addresses a name resolved to, and how they were found.
public struct Resolution: Sendable, Hashable, Codable {
    /// One address and what the answers said of it.
    public struct Answer: Sendable, Hashable, Codable {
        public var address: IPAddress
        /// The smallest TTL seen for it (nil from the system resolver, which does not say).
        public var ttl: UInt32?
        /// In how many of the DNS rounds it was in the answer.
        public var seenInRounds: Int

        public init(address: IPAddress, ttl: UInt32?, seenInRounds: Int) {
            self.address = address
            self.ttl = ttl
            self.seenInRounds = seenInRounds
        }
    }

    /// `system resolver` or the server queried, e.g. `127.0.0.1:53`.
    public var source: String
    public var answers: [Answer]
    /// The CNAME chain from the asked name to the name that holds the addresses.
    public var cnames: [String]
    public var rounds: Int
    /// Time of the first round, in milliseconds.
    public var ms: Double
    /// Record types whose lookup failed while another type's answered (e.g. a server that
    /// refuses AAAA): the addresses found were probed all the same.
    public var failures: [FamilyFailure]

    /// One record type's failed lookup.
    public struct FamilyFailure: Sendable, Hashable, Codable {
        /// `A` or `AAAA`.
        public var recordType: String
        /// What the resolver said, in every language, e.g. "127.0.0.1:53 refused to resolve
        /// test.jp (REFUSED)".
        public var localizedReason: LocalizedText

        /// What the resolver said, in English.
        public var reason: String { localizedReason.english }

        public init(recordType: String, reason: LocalizedText) {
            self.recordType = recordType
            localizedReason = reason
        }

        /// JSON: `recordType`, and `reason` in the language of the encoder's `userInfo`; a decoded
        /// failure holds its reason as that text.
        private enum CodingKeys: String, CodingKey {
            case recordType
            case localizedReason = "reason"
        }
    }

    public init(source: String, answers: [Answer], cnames: [String], rounds: Int, ms: Double, failures: [FamilyFailure] = []) {
        self.source = source
        self.answers = answers
        self.cnames = cnames
        self.rounds = rounds
        self.ms = ms
        self.failures = failures
    }

    /// Unions the answers of several rounds: each address once, its smallest TTL, how often it came back.
    package static func union(source: String, rounds: [[DNSMessage.Record]], cnames: [String], ms: Double, failures: [FamilyFailure] = []) -> Resolution {
        var byAddress: [IPAddress: Answer] = [:]
        for round in rounds {
            var seen: Set<IPAddress> = []
            for record in round where record.type != .cname {
                guard let address = IPAddress(record.value) else { continue }
                var answer = byAddress[address] ?? Answer(address: address, ttl: record.ttl, seenInRounds: 0)
                answer.ttl = min(answer.ttl ?? record.ttl, record.ttl)
                if seen.insert(address).inserted { answer.seenInRounds += 1 }
                byAddress[address] = answer
            }
        }
        return Resolution(source: source, answers: byAddress.values.sorted { $0.address < $1.address }, cnames: cnames, rounds: rounds.count, ms: ms, failures: failures)
    }
}

/// Why a name could not be resolved, or the probe not set up (`--dns`, `--ca-file`): what was
/// asked, of whom, and what came back.
public struct ResolutionError: LocalizedFailure, CustomStringConvertible {
    /// What went wrong, in every language.
    public var localizedMessage: LocalizedText

    /// What went wrong, in English.
    public var description: String { localizedMessage.english }

    /// The message from the catalog.
    package init(_ text: ResolutionText) { localizedMessage = LocalizedText(text) }

    /// A message already made, e.g. another error's.
    package init(message: LocalizedText) { localizedMessage = message }
}
