internal import Foundation

/// `.terraform/modules/modules.json`, which `terraform init` writes in the root module's folder:
/// where the code of each module call was installed. Keys are the module names from the root,
/// joined by dots (`vpc`, `vpc.endpoints`); folders are relative to the root module's folder.
struct ModulesManifest {
    /// The folder of each module call, by key, joined with the root module's folder.
    var folders: [String: String] = [:]

    private struct File: Decodable {
        struct Entry: Decodable {
            var Key: String
            var Dir: String
        }
        var Modules: [Entry]
    }

    /// The manifest of the root module in `folder`; empty when `terraform init` has not run there.
    static func load(rootFolder folder: String) throws(TerraformError) -> ModulesManifest {
        let file = (folder as NSString).appendingPathComponent(".terraform/modules/modules.json")
        guard FileManager.default.fileExists(atPath: file) else { return ModulesManifest() }
        guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable(file: file, reason: .cannotBeOpened) }
        let decoded: File
        do {
            decoded = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw .unreadable(file: file, reason: .notModuleManifest)
        }
        var manifest = ModulesManifest()
        for entry in decoded.Modules where !entry.Key.isEmpty {
            manifest.folders[entry.Key] = ModulePath.join(folder, entry.Dir)
        }
        return manifest
    }
}

/// Paths of module folders, as the user gave them (relative stays relative) but without `.`
/// and `..` steps, so that findings name files the way the user would.
enum ModulePath {
    static func join(_ base: String, _ relative: String) -> String {
        normalize(relative.hasPrefix("/") ? relative : (base as NSString).appendingPathComponent(relative))
    }

    static func normalize(_ path: String) -> String {
        var parts: [String] = []
        let absolute = path.hasPrefix("/")
        for part in path.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !absolute { parts.append("..") }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The absolute form, symbolic links resolved, to compare folders.
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (normalize(full) as NSString).resolvingSymlinksInPath
    }

    /// Whether `path` (absolute) is `root` or below it.
    static func isBelow(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
