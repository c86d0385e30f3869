public import Addresses
public import Findings
public import Localization
public import ALBLogs

/// What `albdoctor diagnose` concluded: the root cause first, then the chain of evidence with
/// the view each piece came from, the fix, and what each view could or could not add.
public struct Diagnosis: Sendable, Encodable, Equatable {
    /// Where a piece of evidence came from.
    public enum View: String, Sendable, Codable, CaseIterable {
        /// Connecting to every address of the name.
        case probe
        /// The account (or a snapshot): node, subnet, route table.
        case account
        /// Access and connection logs.
        case logs
        /// CloudFormation templates.
        case template
    }

    public enum Verdict: String, Sendable, Codable {
        /// A root cause was found.
        case broken
        /// Nothing wrong at or above the failing severity in what was checked.
        case healthy
        /// Something fails but no view could say why.
        case unexplained
    }

    /// The one thing to fix, with everything known about where it is. Its sentences (`message`,
    /// `why`, `since`'s text) are written in DiagnosisSentences.swift.
    public struct RootCause: Sendable, Encodable, Equatable {
        /// The address clients fail on, when a probe saw it.
        public var address: IPAddress?
        /// How often that address failed.
        public var tries: EvidenceFact.Tries?
        /// The probe's finding on the address (a warning or an error), when it made one.
        public var probeFinding: Finding?
        /// The account's finding on the node's subnet or the load balancer, when it made one.
        public var accountFinding: Finding?
        /// The load balancer's name.
        public var loadBalancer: String?
        /// The node's network interface.
        public var networkInterface: String?
        /// The node's subnet id.
        public var subnet: String?
        /// The subnet's availability zone.
        public var availabilityZone: String?
        /// The route table the subnet uses (its own association, or the VPC's main table).
        public var routeTable: String?
        /// The first sign of it in the logs, when read.
        public var since: Since?
        /// Clients redirected to HTTPS who never arrived, in the period read.
        public var affectedClients: Int?

        /// A cause on `address` (which failed `tries`), or on `subnet`, resting on the findings given.
        public init(address: IPAddress? = nil, tries: EvidenceFact.Tries? = nil, probeFinding: Finding? = nil, accountFinding: Finding? = nil, subnet: String? = nil) {
            self.address = address
            self.tries = tries
            self.probeFinding = probeFinding
            self.accountFinding = accountFinding
            self.subnet = subnet
        }

        /// The finding ids it rests on, e.g. `PRB001`, `ALB001`.
        public var rules: [String] { [probeFinding, accountFinding].compactMap { $0?.ruleID } }

        /// When the logs first show it.
        public enum Since: Sendable, Encodable, Equatable {
            /// The first redirected client who never arrived.
            case firstLostClient(at: LogTime)
            /// The node wrote no log in the period read, which starts here.
            case beforePeriod(start: LogTime)
        }

        /// JSON: `message`, `why` and `since` are sentences; `tries` and `sinceRef` the values they
        /// are made of; the findings appear in `findings[]`, named here by `rules`.
        private enum CodingKeys: String, CodingKey {
            case message, address, tries, loadBalancer, networkInterface, subnet, availabilityZone, routeTable, why, since, sinceRef, affectedClients, rules
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .message)
            try container.encodeIfPresent(address, forKey: .address)
            try container.encodeIfPresent(tries, forKey: .tries)
            try container.encodeIfPresent(loadBalancer, forKey: .loadBalancer)
            try container.encodeIfPresent(networkInterface, forKey: .networkInterface)
            try container.encodeIfPresent(subnet, forKey: .subnet)
            try container.encodeIfPresent(availabilityZone, forKey: .availabilityZone)
            try container.encodeIfPresent(routeTable, forKey: .routeTable)
            try container.encode(why, forKey: .why)
            try container.encodeIfPresent(since.map { LocalizedText($0) }, forKey: .since)
            try container.encodeIfPresent(since, forKey: .sinceRef)
            try container.encodeIfPresent(affectedClients, forKey: .affectedClients)
            try container.encode(rules, forKey: .rules)
        }
    }

    /// One link of the chain.
    public struct Evidence: Sendable, Encodable, Equatable {
        public var view: View
        /// What it says, as values.
        public var fact: EvidenceFact
        /// The addresses, resources or files it is about.
        public var subjects: [Subject]

        public init(view: View, fact: EvidenceFact, subjects: [Subject] = []) {
            self.view = view
            self.fact = fact
            self.subjects = subjects
        }

        /// The fact's sentence.
        public var message: LocalizedText { LocalizedText(fact) }

        /// JSON's `message` is the fact's sentence and `fact` the fact itself (one key naming its
        /// kind, holding its values); `subject` is the
        /// subjects' identifier text, joined by ", " (absent when there are none); `subjectRefs`
        /// holds them as typed values.
        private enum CodingKeys: String, CodingKey { case view, message, fact, subject, subjectRefs }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(view, forKey: .view)
            try container.encode(message, forKey: .message)
            try container.encode(fact, forKey: .fact)
            if !subjects.isEmpty {
                try container.encode(subjects.map(\.description).joined(separator: ", "), forKey: .subject)
                try container.encode(subjects, forKey: .subjectRefs)
            }
        }
    }

    /// What to change, in each form known.
    public struct Fix: Sendable, Encodable, Equatable {
        /// An AWS CLI command, from the account.
        public var command: LocalizedText?
        /// A template snippet, from the templates.
        public var template: LocalizedText?
        /// Where the snippet goes: `file:line:column`.
        public var templateLocation: String?
    }

    /// What a view did, or why it could not be used and what it would have added.
    public struct ViewStatus: Sendable, Encodable, Equatable {
        public var view: View
        public var used: Bool
        /// What it read (used), or why it could not be used.
        public var summary: LocalizedText
        /// What it would have added, when not used.
        public var wouldAdd: LocalizedText?
        /// How to enable it, when not used.
        public var enable: LocalizedText?
    }

    public var url: String
    public var verdict: Verdict
    public var rootCause: RootCause?
    public var evidence: [Evidence]
    public var fix: Fix?
    public var views: [ViewStatus]
    /// When healthy: what was checked.
    public var checked: [LocalizedText]
    /// Every finding of every view, for `--fail-on` and the findings list.
    public var findings: [Finding]
}
