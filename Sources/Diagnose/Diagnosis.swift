public import Addresses
public import Findings

/// What `albdoctor diagnose` concluded: the root cause first, then the chain of evidence with
/// the view each piece came from, the fix, and what each view could or could not add.
public struct Diagnosis: Sendable, Codable, Equatable {
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

    /// The one thing to fix, with everything known about where it is.
    public struct RootCause: Sendable, Codable, Equatable {
        /// One sentence: which address, which node, subnet and route table, why.
        public var message: String
        /// The address clients fail on, when a probe saw it.
        public var address: IPAddress?
        public var loadBalancer: String?
        /// The node's network interface.
        public var networkInterface: String?
        public var subnet: String?
        public var availabilityZone: String?
        public var routeTable: String?
        /// Why the node cannot answer (the account's finding, or the probe's).
        public var why: String
        /// The first sign of it in the logs (an orphaned client, or the node's silence), when read.
        public var since: String?
        /// Clients redirected to HTTPS who never arrived, in the period read.
        public var affectedClients: Int?
        /// The finding ids it rests on, e.g. `PRB001`, `ALB001`.
        public var rules: [String]
    }

    /// One link of the chain.
    public struct Evidence: Sendable, Codable, Equatable {
        public var view: View
        public var message: String
        /// The addresses, resources or files it is about.
        public var subjects: [Subject]

        public init(view: View, message: String, subjects: [Subject] = []) {
            self.view = view
            self.message = message
            self.subjects = subjects
        }

        /// JSON's `subject` is the subjects' identifier text, joined by ", " (absent when there
        /// are none); `subjectRefs` holds them as typed values.
        private enum CodingKeys: String, CodingKey { case view, message, subject, subjectRefs }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            view = try container.decode(View.self, forKey: .view)
            message = try container.decode(String.self, forKey: .message)
            subjects = try container.decodeIfPresent([Subject].self, forKey: .subjectRefs) ?? []
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(view, forKey: .view)
            try container.encode(message, forKey: .message)
            if !subjects.isEmpty {
                try container.encode(subjects.map(\.description).joined(separator: ", "), forKey: .subject)
                try container.encode(subjects, forKey: .subjectRefs)
            }
        }
    }

    /// What to change, in each form known.
    public struct Fix: Sendable, Codable, Equatable {
        /// An AWS CLI command, from the account.
        public var command: String?
        /// A template snippet, from the templates.
        public var template: String?
        /// Where the snippet goes: `file:line:column`.
        public var templateLocation: String?
    }

    /// What a view did, or why it could not be used and what it would have added.
    public struct ViewStatus: Sendable, Codable, Equatable {
        public var view: View
        public var used: Bool
        /// What it read (used), or why it could not be used.
        public var summary: String
        /// What it would have added, when not used.
        public var wouldAdd: String?
        /// How to enable it, when not used.
        public var enable: String?
    }

    public var url: String
    public var verdict: Verdict
    public var rootCause: RootCause?
    public var evidence: [Evidence]
    public var fix: Fix?
    public var views: [ViewStatus]
    /// When healthy: what was checked.
    public var checked: [String]
    /// Every finding of every view, for `--fail-on` and the findings list.
    public var findings: [Finding]
}
