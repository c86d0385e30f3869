internal import ALBLogs
internal import CloudFormation
public import Findings
internal import Probe
public import Rules

/// Anything `albdoctor rules` explains: a rule of `lint` and `aws`, or a kind of finding of
/// `probe` or `logs`. One list, so every id a user sees in a report has a page.
public enum DocumentedRule: Sendable {
    case rule(RuleDescription)
    case finding(FindingKind)

    /// Every documented id: the rules, then the probe and logs findings.
    public static let all: [DocumentedRule] = RuleRegistry.all.map { .rule($0.ruleDescription) }
        + (TemplateFindingKinds.all + ProbeFindingKinds.all + LogFindingKinds.all).map { .finding($0) }

    /// The entry with this id (any case) or kebab-case name.
    public static func named(_ idOrName: String) -> DocumentedRule? {
        all.first { $0.id.lowercased() == idOrName.lowercased() || $0.name == idOrName }
    }

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
