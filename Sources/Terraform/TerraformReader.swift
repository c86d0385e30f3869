internal import Foundation
public import Findings
public import Topology

/// `lint`'s Terraform reader: the `.tf` / `.tf.json` files of the paths given (one root
/// module) with their variables → the network model.
public struct TerraformReader: Sendable {
    public var paths: [String]
    /// `--var KEY=VALUE`, in order.
    public var variables: [String]
    /// `--var-file FILE`, in order.
    public var variableFiles: [String]
    public var region: String

    public init(paths: [String], variables: [String] = [], variableFiles: [String] = [], region: String) {
        self.paths = paths
        self.variables = variables
        self.variableFiles = variableFiles
        self.region = region
    }

    /// What the configuration gave.
    public struct Result: Sendable {
        public var topology: Topology
        /// The files read, with their text.
        public var files: [(file: String, text: String)]
        public var resourceCount: Int
        /// Modules not read (`module.vpc (source "…")`): their resources are not in the model.
        public var modulesNotRead: [String]
        /// Resources whose `count` or `for_each` is unknown, with why: not in the model.
        public var unexpanded: [(address: String, reason: String)]
        /// An unverified note for each module not read and each resource not expanded.
        public var notes: [Finding]
    }

    public func read() throws(TerraformError) -> Result {
        let configuration = try Configuration.load(paths: paths)
        let inputs = try VariableValues.resolve(configuration, folders: Configuration.folders(of: paths), assignments: variables, varFiles: variableFiles)
        let evaluator = Evaluator(configuration: configuration, inputs: inputs, region: region)
        var reader = TopologyReader(evaluator: evaluator)
        let topology = reader.build()
        var notes: [Finding] = []
        let modules = configuration.modules.map { block in
            let source = block.body.attribute("source").flatMap { evaluator.evaluate($0.value, [:]).text } ?? "?"
            let name = "module.\(block.labels[0])"
            let reason = "\(name) (source \"\(source)\") is not read, so the resources it creates are not checked and its outputs are unknown"
            notes.append(TerraformFindingKinds.moduleNotRead.finding(
                message: "The resources of \(name) (source \"\(source)\") are unverified: albdoctor does not read modules yet; lint the module's folder too, with the values this call passes as --var.",
                subject: .terraform(name), location: Location(file: block.position.file, line: block.position.line, column: block.position.column),
                evidence: ["status": "unverified", "reason": reason]))
            return "\(name) (source \"\(source)\")"
        }
        let blocks = Dictionary(configuration.resources.map { ("\($0.labels[0]).\($0.labels[1])", $0) }, uniquingKeysWith: { first, _ in first })
        for (address, why) in reader.unexpanded {
            let location = blocks[address].map { Location(file: $0.position.file, line: $0.position.line, column: $0.position.column) }
            notes.append(TerraformFindingKinds.notExpanded.finding(
                message: "The instances of \(address) are unverified: its count or for_each cannot be known (\(why)); pass the value with --var or --var-file.",
                subject: .terraform(address), location: location, evidence: ["status": "unverified", "reason": why]))
        }
        return Result(topology: topology, files: configuration.files, resourceCount: configuration.resources.count, modulesNotRead: modules, unexpanded: reader.unexpanded, notes: notes)
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
