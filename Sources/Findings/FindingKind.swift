/// A kind of finding that `probe` or `logs` reports: its stable id, name, default severity and
/// documentation. `albdoctor rules ID` and `docs/rules/ID.md` come from it, and every finding of
/// that kind is made through `finding(...)`, so the id, title and severity are written once.
public struct FindingKind: Sendable {
    /// Stable id, e.g. `PRB001`. Never reused, never renamed.
    public var id: String
    /// kebab-case name, e.g. `address-never-connects`.
    public var name: String
    /// The command that reports it, e.g. `probe`.
    public var view: String
    public var severity: Severity
    /// Short title, shown with every finding.
    public var title: String
    /// When it is reported, one paragraph.
    public var when: String
    /// What to do about it.
    public var whatToDo: String

    public init(id: String, name: String, view: String, severity: Severity, title: String, when: String, whatToDo: String) {
        self.id = id
        self.name = name
        self.view = view
        self.severity = severity
        self.title = title
        self.when = when
        self.whatToDo = whatToDo
    }

    /// A finding of this kind, with the kind's id, title and default severity.
    public func finding(message: String, subject: Subject, related: [Subject] = [], location: Location? = nil, evidence: Evidence = [:]) -> Finding {
        Finding(ruleID: id, severity: severity, title: title, message: message, subject: subject, related: related, location: location, evidence: evidence)
    }
}
