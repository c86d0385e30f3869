public import Findings

/// Everything a rule says about itself: stable id, docs, default severity and the examples the
/// tests run. `docs/rules/` and SARIF's `tool.driver.rules` are generated from it.
public struct RuleDescription: Sendable {
    /// Stable id, e.g. `ALB001`. Never reused, never renamed.
    public var id: String
    /// kebab-case name, e.g. `lb-subnet-without-internet-route`.
    public var name: String
    /// Short title, shown with every finding.
    public var title: String
    /// What the rule checks, one paragraph.
    public var summary: String
    /// Why it matters: what users see when it is violated.
    public var rationale: String
    /// How to fix it, in general.
    public var howToFix: String
    /// The AWS documentation page the rule rests on (SARIF `helpUri`).
    public var documentationURL: String
    public var severity: Severity
    /// Deployments the rule must flag, with `↓` where each finding must point.
    public var triggeringExamples: [RuleExample]
    /// Deployments the rule must leave alone.
    public var nonTriggeringExamples: [RuleExample]

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
        nonTriggeringExamples: [RuleExample]
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.summary = summary
        self.rationale = rationale
        self.howToFix = howToFix
        self.documentationURL = documentationURL
        self.severity = severity
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// A finding of this rule; severity defaults to the rule's own.
    public func finding(
        severity: Severity? = nil,
        message: String,
        subject: Subject,
        related: [Subject] = [],
        location: Location?,
        evidence: Evidence = [:],
        fix: String? = nil
    ) -> Finding {
        Finding(
            ruleID: id,
            severity: severity ?? self.severity,
            title: title,
            message: message,
            subject: subject,
            related: related,
            location: location,
            evidence: evidence,
            fix: fix
        )
    }

    /// The note a rule gives when a fact it needs cannot be known: what it could not check,
    /// why, and (in the reason) what to pass — never a silent pass.
    public func unverified(_ what: String, because reason: String, subject: Subject, location: Location?) -> Finding {
        Finding(
            ruleID: id,
            severity: .note,
            title: "\(title) (unverified)",
            message: "Could not verify that \(what): \(reason).",
            subject: subject,
            location: location,
            evidence: ["status": "unverified", "reason": reason]
        )
    }
}

/// A deployment in a rule's documentation and tests: one or more CloudFormation stacks.
/// `↓` marks where a finding must point; it is removed before the template is read.
public struct RuleExample: Sendable {
    /// One template, named like the stack it becomes.
    public struct Stack: Sendable {
        public var name: String
        public var template: String
    }

    public var stacks: [Stack]
    /// `KEY=VALUE` or `STACK.KEY=VALUE`, as `--parameter` takes them.
    public var parameters: [String]
    /// The severity the marked findings must have; nil means the rule's default.
    public var severity: Severity?

    /// A one-stack example (stack `template`).
    public init(_ template: String, parameters: [String] = [], severity: Severity? = nil) {
        self.init(stacks: [Stack(name: "template", template: template)], parameters: parameters, severity: severity)
    }

    public init(stacks: [Stack], parameters: [String] = [], severity: Severity? = nil) {
        self.stacks = stacks
        self.parameters = parameters
        self.severity = severity
    }

    /// The character that marks where a finding must point.
    public static let marker: Character = "↓"
}
