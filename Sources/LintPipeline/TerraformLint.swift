public import Findings
internal import Rules
public import Terraform
public import Topology

/// `lint` on Terraform: the configuration's files → the network model → every rule, the same
/// rules as for templates. Findings name resource addresses and point at `.tf` lines.
public struct TerraformLint: Sendable {
    public var reader: TerraformReader

    public init(paths: [String], variables: [String] = [], variableFiles: [String] = [], region: String) {
        reader = TerraformReader(paths: paths, variables: variables, variableFiles: variableFiles, region: region)
    }

    public struct Result: Sendable {
        public var topology: Topology
        public var findings: [Finding]
        /// The files read, with their text.
        public var files: [(file: String, text: String)]
        /// "1 configuration of 3 files, 12 resources, 1 load balancer, 2 subnets, 15 rules".
        public var scope: String
    }

    public func run() throws(TerraformError) -> Result {
        let read = try reader.read()
        let topology = read.topology
        // Modules not read and resources not expanded are notes of their own (TF001, TF002).
        let scope = [
            "1 configuration of \(counted(read.files.count, "file"))", counted(read.resourceCount, "resource"),
            counted(topology.loadBalancers.count, "load balancer"), counted(topology.subnets.count, "subnet"), counted(RuleRegistry.all.count, "rule"),
        ].joined(separator: ", ")
        return Result(topology: topology, findings: RuleRegistry.check(topology) + read.notes, files: read.files, scope: scope)
    }
}
