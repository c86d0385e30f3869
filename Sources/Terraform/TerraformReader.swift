internal import Foundation
public import Findings
internal import Localization
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
        /// Module calls whose code is not read (`module.vpc (source "…")`): their resources are not in the model.
        public var modulesNotRead: [String]
        /// An unverified note for each module not read and each resource not expanded.
        public var notes: [Finding]
    }

    public func read() throws(TerraformError) -> Result {
        let folders = paths.map { path -> String in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            return isFolder.boolValue ? path : (path as NSString).deletingLastPathComponent.ifEmpty(".")
        }
        // A folder given that another one calls as a module is that module's code, not part of
        // the root module: `albdoctor lint examples/complete .` for `source = "../../"`.
        var rootPaths = paths
        if paths.count > 1 {
            var called: Set<String> = []
            for (path, folder) in zip(paths, folders) where path == folder {
                called.formUnion(ModuleLoader.localSources(of: try Configuration.load(paths: [path]), folder: folder).filter { $0 != ModulePath.absolute(folder) })
            }
            let remaining = zip(paths, folders).filter { !($0.0 == $0.1 && called.contains(ModulePath.absolute($0.1))) }.map(\.0)
            if !remaining.isEmpty { rootPaths = remaining }
        }
        let configuration = try Configuration.load(paths: rootPaths)
        var seen: Set<String> = []
        let rootFolders = rootPaths.map { path in folders[paths.firstIndex(of: path) ?? 0] }.filter { seen.insert($0).inserted }
        let inputs = try VariableValues.resolve(configuration, folders: rootFolders, assignments: variables, varFiles: variableFiles)
        let (root, files) = try ModuleLoader.tree(of: configuration, roots: folders, rootFolder: rootFolders.first ?? ".")
        let evaluator = Evaluator(node: root, inputs: .given(inputs), region: region, path: "")
        var reader = TopologyReader(evaluator: evaluator)
        let topology = reader.build()
        let modules = reader.modules
        var notes: [Finding] = []
        var noted: Set<Location> = []
        let notRead = modules.notRead.filter { noted.insert($0.location).inserted }
        for call in notRead {
            notes.append(TerraformFindingKinds.moduleNotRead.finding(
                message: LocalizedText(TerraformNoteText.moduleNotRead(address: call.address, source: call.source, reason: call.reason)),
                subject: .terraform(call.address), location: call.location,
                evidence: .unverified(because: LocalizedText(TerraformNoteText.moduleNotReadDetail(address: call.address, source: call.source, reason: call.reason)))))
        }
        for (address, why, location) in modules.unexpanded + reader.unexpanded {
            notes.append(TerraformFindingKinds.notExpanded.finding(
                message: LocalizedText(TerraformNoteText.instancesNotKnown(address: address, reason: why)),
                subject: .terraform(address), location: location, evidence: .unverified(because: why)))
        }
        let resourceCount = modules.evaluators.reduce(0) { $0 + $1.configuration.resources.count }
        return Result(
            topology: topology, files: files, resourceCount: resourceCount,
            modulesNotRead: notRead.map { "\($0.address) (source \"\($0.source)\")" }, notes: notes)
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
