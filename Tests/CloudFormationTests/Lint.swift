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
        return Report(command: "lint", findings: RuleRegistry.check(try Deployment(stacks: sources, parameters: parameters, region: region).topology())).findings
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
