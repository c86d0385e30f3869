internal import Foundation

/// Finds and reads the templates named on the command line: the I/O edge of this module.
public enum TemplateLoader {
    /// File endings taken as templates when a folder is given.
    public static let templateExtensions: Set<String> = ["yaml", "yml", "json", "template"]

    /// Each path is a stack named after its file; a folder is every template in it (the files
    /// that turn out not to be templates are skipped, ``StackSource/isListed``), or, when it is a
    /// CDK cloud assembly (`cdk.out`, or a project holding one), the stacks its manifest deploys.
    /// `named` gives stacks their names explicitly (`--stack NAME=PATH`).
    public static func load(paths: [String], named: [(name: String, path: String)] = []) throws(TemplateError) -> [StackSource] {
        var sources: [StackSource] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw TemplateError.unreadable(path, "no such file or folder")
            }
            if isDirectory.boolValue, let assembly = CloudAssembly.folder(for: path) {
                sources += try CloudAssembly.stacks(in: assembly)
            } else if isDirectory.boolValue {
                let entries: [String]
                do {
                    entries = try manager.contentsOfDirectory(atPath: path)
                } catch {
                    throw TemplateError.unreadable(path, "cannot list the folder: \(error.localizedDescription)")
                }
                let templates = entries.filter { templateExtensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
                guard !templates.isEmpty else {
                    throw TemplateError.unreadable(path, "the folder holds no template (.yaml, .yml, .json or .template files)" + subfolderHint(path, entries))
                }
                for entry in templates {
                    let file = (path as NSString).appendingPathComponent(entry)
                    sources.append(StackSource(name: stackName(for: file), file: file, text: try read(file), isListed: true))
                }
            } else {
                sources.append(StackSource(name: stackName(for: path), file: path, text: try read(path)))
            }
        }
        for (name, path) in named {
            sources.append(StackSource(name: name, file: path, text: try read(path)))
        }
        return sources
    }

    /// For a folder without templates of its own: which of its subfolders hold some. A folder is
    /// one deployment, so they are not read together; the hint says how to lint each.
    static func subfolderHint(_ path: String, _ entries: [String]) -> String {
        let manager = FileManager.default
        let holding = entries.sorted().filter { entry in
            let folder = (path as NSString).appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            guard !entry.hasPrefix("."), manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
            return ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).contains { templateExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
        }
        guard let first = holding.first else { return "" }
        let shown = holding.prefix(3).joined(separator: ", ") + (holding.count > 3 ? " and \(holding.count - 3) more" : "")
        let example = (path as NSString).appendingPathComponent(first)
        return "; its subfolders \(shown) do, each a deployment of its own: lint them one at a time, e.g. `albdoctor lint \(example)`"
    }

    /// A stack named after its file: the base name without its extension, and without the
    /// `.template` before it (`MyStack.template.json`, as `cdk synth` writes it, is `MyStack`).
    public static func stackName(for path: String) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let inner = (base as NSString).pathExtension.lowercased()
        guard inner == "template", (base as NSString).deletingPathExtension.isEmpty == false else { return base }
        return (base as NSString).deletingPathExtension
    }

    static func read(_ path: String) throws(TemplateError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw TemplateError.unreadable(path, exists ? (isDirectory.boolValue ? "is a folder, expected a template file" : "cannot be read (permissions?)") : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError.unreadable(path, "is not UTF-8 text, so it cannot be a template")
        }
        return text
    }
}
