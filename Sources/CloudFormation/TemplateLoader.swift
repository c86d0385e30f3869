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
                throw TemplateError.unreadable(path, .noSuchFileOrFolder)
            }
            if isDirectory.boolValue, let assembly = CloudAssembly.folder(for: path) {
                sources += try CloudAssembly.stacks(in: assembly)
            } else if isDirectory.boolValue {
                let entries: [String]
                do {
                    entries = try manager.contentsOfDirectory(atPath: path)
                } catch {
                    throw TemplateError.unreadable(path, .cannotListFolder(error: error.localizedDescription))
                }
                let templates = entries.filter { templateExtensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
                guard !templates.isEmpty else {
                    let hint = subfolderHint(path, entries)
                    throw TemplateError.unreadable(path, hint.map { TemplateLoadText.templatesInSubfolders(subfolders: $0.subfolders, example: $0.example) } ?? .folderHoldsNoTemplate)
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

    /// For a folder without templates of its own: which of its subfolders hold some (nil when
    /// none do), and the path of the first. A folder is one deployment, so they are not read
    /// together; the hint says how to lint each.
    static func subfolderHint(_ path: String, _ entries: [String]) -> (subfolders: [String], example: String)? {
        let manager = FileManager.default
        let holding = entries.sorted().filter { entry in
            let folder = (path as NSString).appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            guard !entry.hasPrefix("."), manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
            return ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).contains { templateExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
        }
        guard let first = holding.first else { return nil }
        return (holding, (path as NSString).appendingPathComponent(first))
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
            throw TemplateError.unreadable(path, exists ? (isDirectory.boolValue ? .isAFolder : .cannotBeRead) : .noSuchFile)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError.unreadable(path, .notUTF8)
        }
        return text
    }
}
