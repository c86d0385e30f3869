internal import Foundation

/// A CDK cloud assembly (`cdk.out`): its `manifest.json` names the stacks the app deploys, each
/// with its template file, stack name, environment and dependencies; CDK Pipelines' stages are
/// assemblies of their own in `assembly-*` folders. Only the stacks it names are read: a
/// template left in the folder by an earlier synth is not deployed, so it is not linted.
public enum CloudAssembly {
    /// The assembly folder for a folder given: itself when it holds a cloud assembly's
    /// `manifest.json`, or its `cdk.out` when that does (a CDK project's root). Nil for any other
    /// folder. A folder that `cdk synth` wrote (named `cdk.out`, or holding the `cdk.out` file
    /// it writes) is an assembly even when its manifest cannot be read, so that the manifest's
    /// error is said instead of the folder being linted as loose templates.
    public static func folder(for path: String) -> String? {
        let manager = FileManager.default
        for candidate in [path, (path as NSString).appendingPathComponent("cdk.out")] {
            let manifest = (candidate as NSString).appendingPathComponent("manifest.json")
            guard manager.fileExists(atPath: manifest) else { continue }
            let writtenBySynth = (candidate as NSString).lastPathComponent == "cdk.out"
                || manager.fileExists(atPath: (candidate as NSString).appendingPathComponent("cdk.out"))
            if writtenBySynth || isManifest(manifest) { return candidate }
        }
        return nil
    }

    /// The stacks the assembly in `folder` deploys, its stages' included, dependencies first.
    public static func stacks(in folder: String) throws(TemplateError) -> [StackSource] {
        var stacks: [Artifact] = []
        try collect(folder, into: &stacks, depth: 0)
        var ordered: [StackSource] = []
        var placed: Set<String> = []
        // Dependencies first, each stack once (a cycle, which CDK refuses, keeps the manifest's order).
        func place(_ artifact: Artifact, _ visiting: Set<String>) {
            guard !placed.contains(artifact.key), !visiting.contains(artifact.key) else { return }
            for dependency in artifact.dependencies {
                if let stack = stacks.first(where: { $0.folder == artifact.folder && $0.id == dependency }) {
                    place(stack, visiting.union([artifact.key]))
                }
            }
            placed.insert(artifact.key)
            ordered.append(artifact.source)
        }
        for artifact in stacks { place(artifact, []) }
        return ordered
    }

    /// One `aws:cloudformation:stack` artifact, read.
    private struct Artifact {
        var folder: String
        var id: String
        var dependencies: [String]
        var source: StackSource
        var key: String { folder + "\u{0}" + id }
    }

    /// Stage assemblies inside stage assemblies are followed this deep, no deeper.
    private static let maximumDepth = 8

    private static func collect(_ folder: String, into stacks: inout [Artifact], depth: Int) throws(TemplateError) {
        let manifestPath = (folder as NSString).appendingPathComponent("manifest.json")
        let artifacts = try artifacts(of: manifestPath)
        for id in artifacts.keys.sorted() {
            guard let artifact = artifacts[id] as? [String: Any], let type = artifact["type"] as? String else { continue }
            let properties = artifact["properties"] as? [String: Any] ?? [:]
            switch type {
            case "aws:cloudformation:stack":
                guard let templateFile = properties["templateFile"] as? String else {
                    throw TemplateError.unreadable(manifestPath, .stackArtifactWithoutTemplate(id: id))
                }
                let file = (folder as NSString).appendingPathComponent(templateFile)
                let source = StackSource(
                    name: properties["stackName"] as? String ?? id, file: file, text: try TemplateLoader.read(file),
                    environment: environment(artifact["environment"] as? String),
                    constructPaths: constructPaths(artifact["metadata"] as? [String: Any] ?? [:]))
                stacks.append(Artifact(folder: folder, id: id, dependencies: artifact["dependencies"] as? [String] ?? [], source: source))
            case "cdk:cloud-assembly":
                guard let directory = properties["directoryName"] as? String, depth < maximumDepth else { continue }
                let stage = (folder as NSString).appendingPathComponent(directory)
                guard !directory.contains(".."), FileManager.default.fileExists(atPath: (stage as NSString).appendingPathComponent("manifest.json")) else {
                    throw TemplateError.unreadable(manifestPath, .stageWithoutManifest(id: id, folder: directory))
                }
                try collect(stage, into: &stacks, depth: depth + 1)
            default:
                continue
            }
        }
    }

    private static func artifacts(of manifestPath: String) throws(TemplateError) -> [String: Any] {
        let text = try TemplateLoader.read(manifestPath)
        // Read once with the template reader first: a syntax error then says its line and column.
        _ = try JSONTemplateReader.read(text, file: manifestPath)
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw TemplateError.unreadable(manifestPath, .manifestNotAnObject)
        }
        return object["artifacts"] as? [String: Any] ?? [:]
    }

    private static func isManifest(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["artifacts"] is [String: Any]
    }

    /// `aws://ACCOUNT/REGION`; `unknown-account` and `unknown-region` stay unknown.
    static func environment(_ written: String?) -> StackEnvironment {
        guard let written, written.hasPrefix("aws://") else { return StackEnvironment(written: written) }
        let parts = written.dropFirst("aws://".count).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let account = parts.first.flatMap { $0.isEmpty || $0 == "unknown-account" ? nil : $0 }
        let region = parts.count > 1 && !parts[1].isEmpty && parts[1] != "unknown-region" ? parts[1] : nil
        return StackEnvironment(account: account, region: region, written: written)
    }

    /// Logical id → construct path, from the `aws:cdk:logicalId` entries of the manifest's
    /// metadata (`/Stack/Vpc/PublicSubnet1/Subnet` → `Stack/Vpc/PublicSubnet1/Subnet`).
    private static func constructPaths(_ metadata: [String: Any]) -> [String: String] {
        var paths: [String: String] = [:]
        for (path, entries) in metadata {
            for entry in entries as? [[String: Any]] ?? [] where entry["type"] as? String == "aws:cdk:logicalId" {
                if let logicalID = entry["data"] as? String { paths[logicalID] = String(path.drop { $0 == "/" }) }
            }
        }
        return paths
    }
}
