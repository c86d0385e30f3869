/// A deployment in a rule's documentation and tests: one or more CloudFormation stacks.
/// `↓` marks where a finding must point; it is removed before the template is read.
public struct RuleExample: Sendable {
    /// One template, named like the stack it becomes.
    public struct Stack: Sendable {
        public var name: String
        public var template: String

        public init(name: String, template: String) {
            self.name = name
            self.template = template
        }
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
