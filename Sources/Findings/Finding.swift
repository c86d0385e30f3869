/// One thing albdoctor found: the common language of every view (`lint`, `aws`, `probe`, `logs`).
public struct Finding: Sendable, Hashable, Codable {
    /// The stable id of the rule (or kind of finding) that produced it, e.g. `ALB001`; `rule`
    /// in JSON and SARIF.
    public var ruleID: String
    public var severity: Severity
    /// The rule's short title.
    public var title: String
    /// One sentence a user can act on.
    public var message: String
    /// The resource, address or client it is about, e.g. the subnet `network/PublicSubnetB`.
    public var subject: Subject
    /// Other resources involved.
    public var related: [Subject]
    /// Where in the source it points, when it comes from a file.
    public var location: Location?
    /// The facts that led to it.
    public var evidence: Evidence
    /// What to change; for a template, a snippet.
    public var fix: String?

    public init(
        ruleID: String,
        severity: Severity,
        title: String,
        message: String,
        subject: Subject,
        related: [Subject] = [],
        location: Location? = nil,
        evidence: Evidence = [:],
        fix: String? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.title = title
        self.message = message
        self.subject = subject
        self.related = related
        self.location = location
        self.evidence = evidence
        self.fix = fix
    }

    /// JSON keeps `subject` and `related` as their identifier text (docs/json-output.md) and
    /// adds the typed values as `subjectRef` and `relatedRefs` (`kind`, `id`, `stack`).
    private enum CodingKeys: String, CodingKey {
        case ruleID = "rule"
        case severity, title, message, subject, related, location, evidence, fix, subjectRef, relatedRefs
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ruleID = try container.decode(String.self, forKey: .ruleID)
        severity = try container.decode(Severity.self, forKey: .severity)
        title = try container.decode(String.self, forKey: .title)
        message = try container.decode(String.self, forKey: .message)
        subject = try container.decode(Subject.self, forKey: .subjectRef)
        related = try container.decode([Subject].self, forKey: .relatedRefs)
        location = try container.decodeIfPresent(Location.self, forKey: .location)
        evidence = try container.decode(Evidence.self, forKey: .evidence)
        fix = try container.decodeIfPresent(String.self, forKey: .fix)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ruleID, forKey: .ruleID)
        try container.encode(severity, forKey: .severity)
        try container.encode(title, forKey: .title)
        try container.encode(message, forKey: .message)
        try container.encode(subject.description, forKey: .subject)
        try container.encode(related.map(\.description), forKey: .related)
        try container.encode(subject, forKey: .subjectRef)
        try container.encode(related, forKey: .relatedRefs)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encode(evidence, forKey: .evidence)
        try container.encodeIfPresent(fix, forKey: .fix)
    }
}
