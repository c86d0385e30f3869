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
    /// The resource, address or client it is about, e.g. `network/PublicSubnetB`.
    public var subject: String
    /// Other resources involved.
    public var related: [String]
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
        subject: String,
        related: [String] = [],
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

    private enum CodingKeys: String, CodingKey {
        case ruleID = "rule"
        case severity, title, message, subject, related, location, evidence, fix
    }
}
