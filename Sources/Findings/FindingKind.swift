public import Localization

/// A kind of finding: its stable id, name, default severity and documentation — a rule of
/// `lint` and `aws`, or what `probe`, `logs` or the template and Terraform readers report.
/// `albdoctor rules ID`, `docs/rules/ID.md` and SARIF's `tool.driver.rules` come from it, and
/// every finding of that kind is made through `finding(...)`, so the id, title and severity
/// are written once.
public struct FindingKind: Sendable {
    /// Stable id, e.g. `ALB001` or `PRB001`. Never reused, never renamed.
    public var id: String
    /// kebab-case name, e.g. `lb-subnet-without-internet-route`.
    public var name: String
    /// The commands that report it, e.g. `lint, aws` or `probe`.
    public var view: String
    public var severity: Severity
    /// Short title, shown with every finding.
    public var title: String
    /// What a rule checks, or when a finding of another view is reported: one paragraph.
    public var summary: String
    /// What to do about it.
    public var howToFix: String
    /// What documents a rule besides its summary and fix; nil for the other views' kinds.
    public var details: RuleDetails?
    /// The title and documentation in Japanese.
    public var japanese: KindTranslation

    /// The rest of a rule's documentation.
    public struct RuleDetails: Sendable {
        /// Why it matters: what users see when it is violated.
        public var rationale: String
        /// The AWS documentation page the rule rests on (SARIF `helpUri`).
        public var documentationURL: String
        /// Deployments the rule must flag, with `↓` where each finding must point.
        public var triggeringExamples: [RuleExample]
        /// Deployments the rule must leave alone.
        public var nonTriggeringExamples: [RuleExample]
    }

    /// A kind of finding of `probe`, `logs` or the readers: when it is reported and what to do.
    public init(id: String, name: String, view: String, severity: Severity, title: String, when: String, whatToDo: String, japanese: KindTranslation) {
        self.japanese = japanese
        self.id = id
        self.name = name
        self.view = view
        self.severity = severity
        self.title = title
        summary = when
        howToFix = whatToDo
        details = nil
    }

    /// A rule of `lint` and `aws`, with the examples its tests run.
    public init(
        id: String,
        name: String,
        title: String,
        summary: String,
        rationale: String,
        howToFix: String,
        documentationURL: String,
        severity: Severity,
        triggeringExamples: [RuleExample],
        nonTriggeringExamples: [RuleExample],
        japanese: KindTranslation
    ) {
        self.japanese = japanese
        self.id = id
        self.name = name
        view = "lint, aws"
        self.severity = severity
        self.title = title
        self.summary = summary
        self.howToFix = howToFix
        details = RuleDetails(
            rationale: rationale, documentationURL: documentationURL,
            triggeringExamples: triggeringExamples, nonTriggeringExamples: nonTriggeringExamples)
    }

    /// The title in every language.
    public var localizedTitle: LocalizedText { LocalizedText(english: title, japanese: japanese.title) }

    /// The kind with its title and documentation in `language` (ids, names and examples are
    /// the same in every language): what `albdoctor rules --lang`, `docs/rules/ja/` and SARIF's
    /// rule descriptions show.
    public func translated(to language: Language) -> FindingKind {
        guard language == .ja else { return self }
        var kind = self
        kind.title = japanese.title
        kind.summary = japanese.summary
        kind.howToFix = japanese.howToFix
        if let rationale = japanese.rationale { kind.details?.rationale = rationale }
        return kind
    }

    /// A finding of this kind; severity defaults to the kind's own.
    public func finding(
        severity: Severity? = nil,
        message: LocalizedText,
        subject: Subject,
        related: [Subject] = [],
        location: Location? = nil,
        evidence: Evidence = [:],
        fix: LocalizedText? = nil
    ) -> Finding {
        Finding(
            ruleID: id, severity: severity ?? self.severity, title: localizedTitle, message: message,
            subject: subject, related: related, location: location, evidence: evidence, fix: fix)
    }

    /// A finding of this kind whose message and fix the catalog does not hold yet (English only).
    public func finding(
        severity: Severity? = nil,
        message: String,
        subject: Subject,
        related: [Subject] = [],
        location: Location? = nil,
        evidence: Evidence = [:],
        fix: String? = nil
    ) -> Finding {
        finding(
            severity: severity, message: LocalizedText(english: message), subject: subject, related: related,
            location: location, evidence: evidence, fix: fix.map(LocalizedText.init(english:)))
    }

    /// The note given when a fact a check needs cannot be known: what it could not check,
    /// why, and (in the reason) what to pass — never a silent pass.
    public func unverified(_ what: LocalizedText, because reason: LocalizedText, subject: Subject, location: Location?) -> Finding {
        let message = FindingText.couldNotVerify(what: what, reason: reason)
        // Japanese when what was not verified is: a reason the catalog does not hold yet (one
        // carried by the model) then follows in English, as a detail.
        let translated = what.japanese != nil
        return Finding(
            ruleID: id,
            severity: .note,
            title: LocalizedText(FindingText.unverifiedTitle(localizedTitle)),
            message: translated ? LocalizedText(message) : LocalizedText(english: message.english),
            subject: subject,
            location: location,
            evidence: .unverified(because: reason)
        )
    }
}
