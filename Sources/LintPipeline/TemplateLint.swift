public import Localization
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
    /// Whether `region` is only the default, not one the user gave.
    public var regionIsDefault: Bool

    public init(paths: [String], named: [(name: String, path: String)] = [], parameters: [String] = [], templateURLs: [String: String] = [:], region: String, regionIsDefault: Bool = false) {
        self.regionIsDefault = regionIsDefault
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
        /// "2 stacks, 1 load balancer, 3 subnets, 15 rules", and the files skipped.
        public var scope: LocalizedText
        /// The Rain modules read, by file, with their text (findings may point into them).
        public var modules: [String: String]
        /// Files in the folders given that are not templates, with why.
        public var skipped: [(file: String, reason: LocalizedText)]
    }

    public func run() throws(TemplateError) -> Result {
        let loaded = try TemplateLoader.load(paths: paths, named: named)
        let nested = NestedTemplates(roots: NestedTemplates.roots(for: paths + named.map(\.path)), explicit: templateURLs)
        let evaluation = try Deployment(stacks: loaded, parameters: parameters, region: region, regionIsDefault: regionIsDefault, nested: nested).evaluate()
        let topology = evaluation.topology
        let scope = LintScope.templates(
            stacks: evaluation.stacks.count, loadBalancers: topology.loadBalancers.count, subnets: topology.subnets.count,
            rules: RuleRegistry.all.count, skipped: evaluation.skipped.map(\.file))
        let findings = (RuleRegistry.check(topology) + evaluation.notes).map { finding in
            Self.withConstructPath(finding, evaluation.constructPaths)
        }
        return Result(topology: topology, findings: findings, stacks: evaluation.stacks, scope: LocalizedText(scope), modules: evaluation.modules, skipped: evaluation.skipped)
    }

    /// The finding with the construct path of the resource it points at, when CDK wrote one:
    /// what a CDK user edits.
    static func withConstructPath(_ finding: Finding, _ paths: [Location: String]) -> Finding {
        guard let location = finding.location, let path = paths[location] else { return finding }
        var result = finding
        result.evidence.append("construct", path)
        return result
    }
}
