public import Localization

/// One thing albdoctor found: the common language of every view (`lint`, `aws`, `probe`, `logs`).
public struct Finding: Sendable, Hashable, Codable {
    /// The stable id of the rule (or kind of finding) that produced it, e.g. `ALB001`; `rule`
    /// in JSON and SARIF.
    public var ruleID: String
    public var severity: Severity
    /// The rule's short title, in every language.
    public var localizedTitle: LocalizedText
    /// One sentence a user can act on, in every language.
    public var localizedMessage: LocalizedText
    /// The resource, address or client it is about, e.g. the subnet `network/PublicSubnetB`.
    public var subject: Subject
    /// Other resources involved.
    public var related: [Subject]
    /// Where in the source it points, when it comes from a file.
    public var location: Location?
    /// The facts that led to it.
    public var evidence: Evidence
    /// What to change (for a template, a snippet), in every language.
    public var localizedFix: LocalizedText?

    /// The title in English.
    public var title: String { localizedTitle.english }

    /// The message in English (what tests and logs compare); reporters show
    /// `localizedMessage` in the language asked for.
    public var message: String {
        get { localizedMessage.english }
        set { localizedMessage = LocalizedText(english: newValue) }
    }

    /// The fix in English.
    public var fix: String? { localizedFix?.english }

    public init(
        ruleID: String,
        severity: Severity,
        title: LocalizedText,
        message: LocalizedText,
        subject: Subject,
        related: [Subject] = [],
        location: Location? = nil,
        evidence: Evidence = [:],
        fix: LocalizedText? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        localizedTitle = title
        localizedMessage = message
        self.subject = subject
        self.related = related
        self.location = location
        self.evidence = evidence
        localizedFix = fix
    }

    /// A finding whose texts are English only: one from outside the catalog (a test, a
    /// program that builds its own findings).
    public init(
        ruleID: String, severity: Severity, title: String, message: String, subject: Subject, related: [Subject] = [],
        location: Location? = nil, evidence: Evidence = [:], fix: String? = nil
    ) {
        self.init(
            ruleID: ruleID, severity: severity, title: LocalizedText(english: title), message: LocalizedText(english: message),
            subject: subject, related: related, location: location, evidence: evidence, fix: fix.map(LocalizedText.init(english:)))
    }

    /// JSON writes the title, message and fix in the language of the encoder's
    /// `userInfo[Language.userInfoKey]` (English without one); a decoded finding holds them as
    /// that text.
    ///
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
        localizedTitle = try container.decode(LocalizedText.self, forKey: .title)
        localizedMessage = try container.decode(LocalizedText.self, forKey: .message)
        subject = try container.decode(Subject.self, forKey: .subjectRef)
        related = try container.decode([Subject].self, forKey: .relatedRefs)
        location = try container.decodeIfPresent(Location.self, forKey: .location)
        evidence = try container.decode(Evidence.self, forKey: .evidence)
        localizedFix = try container.decodeIfPresent(LocalizedText.self, forKey: .fix)
    }

    public func encode(to encoder: any Encoder) throws {
        let language = Language(userInfo: encoder.userInfo)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ruleID, forKey: .ruleID)
        try container.encode(severity, forKey: .severity)
        try container.encode(localizedTitle(language), forKey: .title)
        try container.encode(localizedMessage(language), forKey: .message)
        try container.encode(subject.description, forKey: .subject)
        try container.encode(related.map(\.description), forKey: .related)
        try container.encode(subject, forKey: .subjectRef)
        try container.encode(related, forKey: .relatedRefs)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encode(evidence, forKey: .evidence)
        try container.encodeIfPresent(localizedFix?(language), forKey: .fix)
    }
}
