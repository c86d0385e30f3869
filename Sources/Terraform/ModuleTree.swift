internal import Foundation
internal import HCL
internal import Localization

/// A module's code as albdoctor reads it, with each of its module calls resolved.
struct ModuleNode {
    var configuration: Configuration
    /// The folder of its files (`path.module`).
    var folder: String
    /// Set for a registry module albdoctor models from its documented inputs.
    var model: RegistryModel?
    var calls: [String: ModuleCall] = [:]
}

/// A `module "NAME" { source = … }` block and what its source gave.
struct ModuleCall {
    var block: Block
    var source: String
    var resolution: Resolution

    indirect enum Resolution {
        case read(ModuleNode)
        /// Why its code is not read, and what to pass so that it is.
        case notRead(LocalizedText)
    }
}

/// Reads the code of module calls: local paths below the folders given, modules installed by
/// `terraform init` (its `modules.json`), and the registry modules albdoctor models. Nothing
/// outside the folders given is read.
struct ModuleLoader {
    /// The folders given, absolute: no module is read outside them.
    let roots: [String]
    /// The root module's folder, as given (where `terraform init` runs).
    let rootFolder: String
    let manifest: ModulesManifest
    /// Every file read, with its text, for the report's source lines.
    private(set) var files: [(file: String, text: String)] = []
    private var loaded: [String: Configuration] = [:]

    init(roots: [String], rootFolder: String) throws(TerraformError) {
        self.roots = roots.map(ModulePath.absolute)
        self.rootFolder = rootFolder
        manifest = try ModulesManifest.load(rootFolder: rootFolder)
    }

    /// The module calls of a module whose files are in `folder`, with their code, recursively.
    /// The root module `configuration` of `rootFolder` with its module calls read (never
    /// outside `roots`), and every file read for it, its own first.
    static func tree(of configuration: Configuration, roots: [String], rootFolder: String) throws(TerraformError) -> (root: ModuleNode, files: [(file: String, text: String)]) {
        var loader = try ModuleLoader(roots: roots, rootFolder: rootFolder)
        var root = ModuleNode(configuration: configuration, folder: rootFolder)
        root.calls = try loader.calls(of: configuration, folder: rootFolder)
        return (root, configuration.files + loader.files)
    }

    mutating func calls(of configuration: Configuration, folder: String, key: String = "", depth: Int = 0) throws(TerraformError) -> [String: ModuleCall] {
        var calls: [String: ModuleCall] = [:]
        for block in configuration.modules {
            let name = block.labels[0]
            let source = block.body.attribute("source").flatMap { Self.literal($0.value) } ?? ""
            let callKey = key.isEmpty ? name : "\(key).\(name)"
            let resolution = try resolve(source, key: callKey, from: folder, depth: depth)
            calls[name] = ModuleCall(block: block, source: source, resolution: resolution)
        }
        return calls
    }

    private mutating func resolve(_ source: String, key: String, from folder: String, depth: Int) throws(TerraformError) -> ModuleCall.Resolution {
        guard depth < 32 else { return .notRead(LocalizedText(TerraformValueReason.modulesNestTooDeep)) }
        if source.hasPrefix("./") || source.hasPrefix("../") || source == "." || source == ".." {
            let target = ModulePath.join(folder, source)
            let absolute = ModulePath.absolute(target)
            guard roots.contains(where: { ModulePath.isBelow(absolute, $0) }) else {
                return .notRead(LocalizedText(TerraformValueReason.moduleOutsideFolders(folder: target, rootFolder: rootFolder)))
            }
            return try read(target, key: key, depth: depth, missing: .moduleFolderEmpty(folder: target))
        }
        if let installed = manifest.folders[key] {
            return try read(installed, key: key, depth: depth, missing: .installedFolderEmpty(folder: installed))
        }
        if let model = RegistryModel.named(source) {
            var configuration = Configuration(files: [])
            do {
                configuration.add(try HCLParser.parseBody(model.text, file: "(\(model.source))"))
            } catch {
                throw .syntax(error)
            }
            return .read(ModuleNode(configuration: configuration, folder: rootFolder, model: model))
        }
        let manifestFile = (rootFolder as NSString).appendingPathComponent(".terraform/modules/modules.json")
        return .notRead(LocalizedText(TerraformValueReason.moduleNotInstalled(manifest: manifestFile, key: key, rootFolder: rootFolder)))
    }

    private mutating func read(_ folder: String, key: String, depth: Int, missing: TerraformValueReason) throws(TerraformError) -> ModuleCall.Resolution {
        let absolute = ModulePath.absolute(folder)
        let configuration: Configuration
        if let cached = loaded[absolute] {
            configuration = cached
        } else {
            guard Configuration.isTerraform(folder) else { return .notRead(LocalizedText(missing)) }
            configuration = try Configuration.load(paths: [folder])
            loaded[absolute] = configuration
            files += configuration.files
        }
        var node = ModuleNode(configuration: configuration, folder: folder)
        node.calls = try calls(of: configuration, folder: folder, key: key, depth: depth + 1)
        return .read(node)
    }

    /// The text of a `source` argument: Terraform allows only a literal there.
    static func literal(_ expression: HCL.Expression) -> String? {
        guard case .template(let parts) = expression.kind else { return nil }
        var text = ""
        for part in parts {
            guard case .literal(let literal) = part else { return nil }
            text += literal
        }
        return text
    }

    /// The local module folders the configuration in `folder` calls, absolute.
    static func localSources(of configuration: Configuration, folder: String) -> [String] {
        configuration.modules.compactMap { block in
            guard let source = block.body.attribute("source").flatMap({ literal($0.value) }), source.hasPrefix("./") || source.hasPrefix("../") else { return nil }
            return ModulePath.absolute(ModulePath.join(folder, source))
        }
    }
}
