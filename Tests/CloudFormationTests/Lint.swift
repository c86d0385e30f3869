import CloudFormation
import Findings
import Foundation
import Rules
import Topology
import _TestSupport

/// Test helpers: templates in, findings out, as `albdoctor lint` does it.
enum Lint {
    static func templatesFolder(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Templates", withExtension: nil) else { throw CocoaError(.fileNoSuchFile) }
        return url.appendingPathComponent(name).path
    }

    static func findings(paths: [String], parameters: [String] = [], region: String = "ap-northeast-1") throws -> [Finding] {
        let sources = try TemplateLoader.load(paths: paths)
        let deployment = Deployment(stacks: sources, parameters: parameters, region: region, nested: NestedTemplates(roots: NestedTemplates.roots(for: paths)))
        let evaluation = try deployment.evaluate()
        return Report(command: "lint", findings: RuleRegistry.check(evaluation.topology) + evaluation.notes).findings
    }

    /// Findings for templates written to a temporary folder (file name → text), linted as
    /// `albdoctor lint FOLDER/first-file` would be, with `explicit` --template-url pairs.
    static func findings(files: [(String, String)], lint: [String]? = nil, explicit: [String: String] = [:], region: String = "ap-northeast-1") throws -> [Finding] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-lint-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, text) in files {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let paths = (lint ?? [files[0].0]).map { folder + "/" + $0 }
        let sources = try TemplateLoader.load(paths: paths)
        let nested = NestedTemplates(roots: NestedTemplates.roots(for: paths), explicit: explicit.mapValues { folder + "/" + $0 })
        let evaluation = try Deployment(stacks: sources, region: region, nested: nested).evaluate()
        return Report(command: "lint", findings: RuleRegistry.check(evaluation.topology) + evaluation.notes).findings.map { finding in
            var relative = finding
            if let location = finding.location { relative.location = Location(file: location.file.replacingOccurrences(of: folder + "/", with: ""), line: location.line, column: location.column) }
            return relative
        }
    }

    static func topology(_ yaml: String, parameters: [String] = [], region: String = "us-east-1") throws -> Topology {
        try Deployment(stacks: [StackSource(name: "t", file: "t.yaml", text: yaml)], parameters: parameters, region: region).topology()
    }

    static func error(_ stacks: [(String, String)], parameters: [String] = []) -> TemplateError? {
        do {
            _ = try Deployment(stacks: stacks.map { StackSource(name: $0.0, file: "\($0.0).yaml", text: $0.1) }, parameters: parameters).topology()
            return nil
        } catch {
            return error
        }
    }
}
