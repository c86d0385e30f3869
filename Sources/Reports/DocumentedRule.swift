public import Findings
public import Rules

/// Anything `albdoctor rules` explains: a rule of `lint` and `aws`, or a kind of finding of
/// another view. The list of them all is assembled where every view is known (`RuleCatalog`).
public enum DocumentedRule: Sendable {
    case rule(RuleDescription)
    case finding(FindingKind)

    public var id: String { header.id }
    public var name: String { header.name }
    public var severity: Severity { header.severity }
    public var title: String { header.title }

    private var header: (id: String, name: String, severity: Severity, title: String) {
        switch self {
        case .rule(let rule): (rule.id, rule.name, rule.severity, rule.title)
        case .finding(let kind): (kind.id, kind.name, kind.severity, kind.title)
        }
    }

    /// The commands that report it.
    public var views: String {
        switch self {
        case .rule: "lint, aws"
        case .finding(let kind): kind.view
        }
    }
}
