public import CloudFormation
public import Findings
internal import Rules
public import Topology

/// `lint`'s whole job as one call: templates (files, folders, `--stack NAME=PATH`, nested stacks
/// through `--template-url`) → the network model → every rule. `lint` prints it; `diagnose`
/// joins it with the other views.
public struct TemplateLint: Sendable {
    public var paths: [String]
    public var named: [(name: String, path: String)]
    public var parameters: [String]
    public var templateURLs: [String: String]
    public var region: String

    public init(paths: [String], named: [(name: String, path: String)] = [], parameters: [String] = [], templateURLs: [String: String] = [:], region: String) {
        self.paths = paths
        self.named = named
        self.parameters = parameters
        self.templateURLs = templateURLs
        self.region = region
    }

    /// What the templates gave.
    public struct Result: Sendable {
        /// The network model the rules checked.
        public var topology: Topology
        public var findings: [Finding]
        public var stacks: [StackSource]
        /// "2 stacks, 1 load balancer, 3 subnets, 15 rules".
        public var scope: String
    }

    public func run() throws(TemplateError) -> Result {
        let loaded = try TemplateLoader.load(paths: paths, named: named)
        let nested = NestedTemplates(roots: NestedTemplates.roots(for: paths + named.map(\.path)), explicit: templateURLs)
        let evaluation = try Deployment(stacks: loaded, parameters: parameters, region: region, nested: nested).evaluate()
        let topology = evaluation.topology
        let scope = [counted(evaluation.stacks.count, "stack"), counted(topology.loadBalancers.count, "load balancer"),
                     counted(topology.subnets.count, "subnet"), counted(RuleRegistry.all.count, "rule")].joined(separator: ", ")
        return Result(topology: topology, findings: RuleRegistry.check(topology) + evaluation.notes, stacks: evaluation.stacks, scope: scope)
    }
}
