public import Findings
public import Topology

/// One template as given: the stack name it deploys as, the file it came from and its text.
public struct StackSource: Sendable {
    public var name: String
    public var file: String
    public var text: String

    public init(name: String, file: String, text: String) {
        self.name = name
        self.file = file
        self.text = text
    }
}

/// Several stacks deployed together, joined by their exports: what `albdoctor lint` checks.
public struct Deployment: Sendable {
    public var stacks: [StackSource]
    /// `KEY=VALUE` for every stack, `STACK.KEY=VALUE` for one; pseudo parameters such as
    /// `AWS::AccountId=…` too.
    public var parameters: [String]
    public var region: String

    public init(stacks: [StackSource], parameters: [String] = [], region: String = "us-east-1") {
        self.stacks = stacks
        self.parameters = parameters
        self.region = region
    }

    /// Reads every template, evaluates it and builds the network model.
    public func topology() throws(TemplateError) -> Topology {
        var names: Set<String> = []
        for stack in stacks where !names.insert(stack.name).inserted {
            throw TemplateError.usage("two templates deploy as stack '\(stack.name)'; name one with --stack NAME=PATH")
        }
        var templates: [Template] = []
        for stack in stacks { templates.append(try Template.parse(stack.text, file: stack.file)) }
        let assignments = try ParameterAssignments(parameters, stacks: zip(stacks.map(\.name), templates).map { ($0, $1) })
        let evaluator = try DeploymentEvaluator(
            stacks: zip(stacks.map(\.name), templates).map { ($0, $1) }, assignments: assignments, region: region)
        return try TopologyBuilder(evaluator: evaluator).build()
    }
}
