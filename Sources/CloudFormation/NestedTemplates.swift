internal import Foundation
internal import Localization

/// Where the templates of nested stacks (`AWS::CloudFormation::Stack`, and
/// `AWS::Serverless::Application` with a local `Location`) are found: only below the folders
/// linted — the folders given and, for a file given, its own folder — never elsewhere.
public struct NestedTemplates: Sendable {
    /// The folders below which child templates may be read, as absolute standardized paths.
    public var roots: [String]
    /// `--template-url URL=PATH`: a URL said explicitly to be a local template.
    public var explicit: [String: String]

    public init(roots: [String], explicit: [String: String] = [:]) {
        self.roots = roots.map(Self.absolute)
        self.explicit = explicit
    }

    /// The roots for what `albdoctor lint` was given: each folder, and each file's folder.
    public static func roots(for paths: [String]) -> [String] {
        paths.map { path in
            var isDirectory: ObjCBool = false
            let isFolder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            let parent = (path as NSString).deletingLastPathComponent
            return isFolder ? path : (parent.isEmpty ? "." : parent)
        }
    }

    /// Where a nested stack's template comes from: a path or URL as written, and the parent's file.
    enum Resolution: Equatable {
        case file(String)
        /// Nothing below the roots matches; the reason says what was tried and what to pass.
        case unmatched(LocalizedText)
    }

    /// Resolves a `TemplateURL` (or a SAM application's `Location`) of a template in `parentFile`.
    /// A URL (`https://…`, `s3://…`) matches the template below the roots whose path ends with
    /// the longest part of the URL's path (at least the file name); a plain path is relative to
    /// the parent's folder. Either must stay below a root.
    /// `candidates` are the template files below the roots (``candidates()``), listed once by the caller.
    func resolve(_ location: String, parentFile: String, candidates: [String]) -> Resolution {
        if let path = explicit[location] {
            return isBelowRoots(Self.absolute(path)) ? .file(path)
                : .unmatched(LocalizedText(EvaluationReason.templateURLOutside(url: location, path: path)))
        }
        if let scheme = location.range(of: "://") {
            let afterHost = location[scheme.upperBound...].drop { $0 != "/" }
            let components = afterHost.split(separator: "/").map(String.init).filter { !$0.isEmpty }
            guard let fileName = components.last else { return .unmatched(LocalizedText(EvaluationReason.urlNamesNoFile(url: location))) }
            var best: (path: String, length: Int)?
            for file in candidates where (file as NSString).lastPathComponent == fileName {
                let fileComponents = file.split(separator: "/").map(String.init)
                var length = 0
                while length < min(components.count, fileComponents.count),
                      components[components.count - 1 - length] == fileComponents[fileComponents.count - 1 - length] { length += 1 }
                if best == nil || length > best?.length ?? 0 { best = (file, length) }
            }
            guard let best else {
                return .unmatched(LocalizedText(EvaluationReason.noTemplateEndsWith(suffix: components.suffix(2).joined(separator: "/"), url: location)))
            }
            return .file(best.path)
        }
        let base = (Self.absolute(parentFile) as NSString).deletingLastPathComponent
        let path = location.hasPrefix("/") ? location : (base as NSString).appendingPathComponent(location)
        let absolute = Self.absolute(path)
        guard isBelowRoots(absolute) else {
            return .unmatched(LocalizedText(EvaluationReason.outsideFolders(location: location)))
        }
        guard FileManager.default.fileExists(atPath: absolute) else {
            let other = Self.otherEnding(of: absolute).map { ($0 as NSString).lastPathComponent }
            return .unmatched(LocalizedText(EvaluationReason.fileMissing(location: location, absolute: absolute, otherEnding: other)))
        }
        return .file(absolute)
    }

    /// The same file with the other YAML ending (`.yml` for `.yaml` and back), when it exists:
    /// the usual slip behind a module or nested stack that is not found.
    static func otherEnding(of path: String) -> String? {
        let ending = (path as NSString).pathExtension.lowercased()
        guard let other = ["yaml": "yml", "yml": "yaml"][ending] else { return nil }
        let candidate = ((path as NSString).deletingPathExtension as NSString).appendingPathExtension(other) ?? path
        return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
    }

    private func isBelowRoots(_ absolute: String) -> Bool {
        roots.contains { root in absolute == root || absolute.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
    }

    /// Every template file below the roots, as absolute paths.
    func candidates() -> [String] {
        var files: [String] = []
        for root in roots {
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                // Hidden folders (.git, .build) hold no templates of the project.
                if (relative as NSString).lastPathComponent.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                guard TemplateLoader.templateExtensions.contains((relative as NSString).pathExtension.lowercased()) else { continue }
                files.append((root as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return ((full as NSString).standardizingPath as NSString).resolvingSymlinksInPath
    }
}
