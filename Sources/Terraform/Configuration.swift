internal import Foundation
public import HCL

/// One root module: every `.tf` and `.tf.json` file of a folder, parsed, with their blocks.
public struct Configuration: Sendable {
    /// The files read, with their text (findings show the line they point at).
    public var files: [(file: String, text: String)]
    var variables: [Block] = []
    var locals: [Attribute] = []
    /// `resource` blocks, then `data` blocks.
    var resources: [Block] = []
    var dataSources: [Block] = []
    var modules: [Block] = []
    var outputs: [Block] = []

    /// How many labels each top-level block type has, for `.tf.json`.
    static let blockLabels = ["resource": 2, "data": 2, "variable": 1, "module": 1, "output": 1, "provider": 1, "locals": 0, "terraform": 0]

    /// Whether `path` is Terraform: a `.tf` / `.tf.json` file, or a folder that holds one.
    public static func isTerraform(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return false }
        if !isFolder.boolValue { return isConfigurationFile(path) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.contains(where: isConfigurationFile)
    }

    static func isConfigurationFile(_ name: String) -> Bool { name.hasSuffix(".tf") || name.hasSuffix(".tf.json") }

    /// Reads the files of `paths` (folders: their `.tf` / `.tf.json` files, not below).
    public static func load(paths: [String]) throws(TerraformError) -> Configuration {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw .unreadable(file: path, reason: .noSuchFileOrFolder)
            }
            if isFolder.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter(isConfigurationFile).sorted()
                guard !names.isEmpty else { throw .noConfiguration(path) }
                files += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        var configuration = Configuration(files: [])
        for file in files {
            let text = try read(file)
            configuration.files.append((file, text))
            let body: Body
            do {
                body = file.hasSuffix(".json")
                    ? try JSONBody.parse(text, file: file, blockLabels: blockLabels)
                    : try HCLParser.parseBody(text, file: file)
            } catch {
                throw .syntax(error)
            }
            configuration.add(body)
        }
        return configuration
    }

    static func read(_ file: String) throws(TerraformError) -> String {
        guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable(file: file, reason: .cannotBeOpened) }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(file: file, reason: .notUTF8) }
        return text
    }

    mutating func add(_ body: Body) {
        for block in body.blocks {
            switch block.type {
            case "variable" where block.labels.count == 1: variables.append(block)
            case "locals": locals += block.body.attributes
            case "resource" where block.labels.count == 2: resources.append(block)
            case "data" where block.labels.count == 2: dataSources.append(block)
            case "module" where block.labels.count == 1: modules.append(block)
            case "output" where block.labels.count == 1: outputs.append(block)
            default: break
            }
        }
    }
}
