internal import Foundation
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
    }

    public func read() throws(TerraformError) -> Result {
        let configuration = try Configuration.load(paths: paths)
        let folders = paths.map { path -> String in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            return isFolder.boolValue ? path : (path as NSString).deletingLastPathComponent.ifEmpty(".")
        }
        var seen: Set<String> = []
        let inputs = try VariableValues.resolve(configuration, folders: folders.filter { seen.insert($0).inserted }, assignments: variables, varFiles: variableFiles)
        let evaluator = Evaluator(configuration: configuration, inputs: inputs, region: region)
        var reader = TopologyReader(evaluator: evaluator)
        let topology = reader.build()
        let modules = configuration.modules.map { block in
            let source = block.body.attribute("source").flatMap { evaluator.evaluate($0.value, [:]).text } ?? "?"
            return "module.\(block.labels[0]) (source \"\(source)\")"
        }
        return Result(topology: topology, files: configuration.files, resourceCount: configuration.resources.count, modulesNotRead: modules, unexpanded: reader.unexpanded)
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
