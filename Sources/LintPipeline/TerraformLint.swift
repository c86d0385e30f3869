public import Localization
public import Findings
internal import Rules
public import Terraform
public import Topology

/// `lint` on Terraform: the configuration's files → the network model → every rule, the same
/// rules as for templates. Findings name resource addresses and point at `.tf` lines.
public struct TerraformLint: Sendable {
    /// The configuration's `.tf` files alone, before any plan.
    public var reader: TerraformReader
    /// Plan and state files, with the `.tf` folders given beside them for locations; nil when
    /// none is given.
    public var deployment: DeploymentReader?

    /// `paths` may mix `.tf` folders or files with plan and state files (told apart by content):
    /// with any plan or state, those are the deployment and the `.tf` files give locations.
    public init(paths: [String], variables: [String] = [], variableFiles: [String] = [], region: String) {
        let documents = paths.filter(TerraformDocument.isDocument)
        let configuration = paths.filter { !documents.contains($0) }
        reader = TerraformReader(paths: configuration, variables: variables, variableFiles: variableFiles, region: region)
        deployment = documents.isEmpty ? nil : DeploymentReader(documents: documents, configurationPaths: configuration, variables: variables, variableFiles: variableFiles, region: region)
    }

    public struct Result: Sendable {
        public var topology: Topology
        public var findings: [Finding]
        /// The files read, with their text.
        public var files: [(file: String, text: String)]
        /// "1 configuration of 3 files, 12 resources, 1 load balancer, 2 subnets, 15 rules".
        public var scope: LocalizedText
    }

    public func run() throws(TerraformError) -> Result {
        let read: TerraformReader.Result
        if let deployment { read = try deployment.read() } else { read = try reader.read() }
        let topology = read.topology
        // Modules not read and resources not expanded are notes of their own (TF001, TF002).
        let scope = LintScope.terraform(
            planFiles: deployment?.documents.count, files: read.files.count, resources: read.resourceCount,
            loadBalancers: topology.loadBalancers.count, subnets: topology.subnets.count, rules: RuleRegistry.all.count)
        return Result(topology: topology, findings: RuleRegistry.check(topology) + read.notes, files: read.files, scope: LocalizedText(scope))
    }
}
