internal import Foundation
internal import HCL

/// The value of each input variable, as Terraform sets them: the declared default, then
/// `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars` (by name), then `--var-file`
/// and `--var` in the order given. A variable with none is unknown, saying what to pass.
enum VariableValues {
    static func resolve(
        _ configuration: Configuration, folders: [String], assignments: [String], varFiles: [String]
    ) throws(TerraformError) -> [String: TerraformValue] {
        let evaluator = Evaluator(configuration: configuration, inputs: [:], region: "")
        var values: [String: TerraformValue] = [:]
        var types: [String: String] = [:]
        for block in configuration.variables {
            let name = block.labels[0]
            if let type = block.body.attribute("type")?.value {
                if case .call(let constructor, _, _) = type.kind { types[name] = constructor } else { types[name] = type.traversal?.first ?? "any" }
            }
            values[name] = block.body.attribute("default").map { evaluator.evaluate($0.value, [:]) }
                ?? .unknown(.variableWithoutValue(name: name))
        }
        var files: [String] = []
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in ["terraform.tfvars", "terraform.tfvars.json"] where names.contains(name) {
                files.append((folder as NSString).appendingPathComponent(name))
            }
            files += names.filter { $0.hasSuffix(".auto.tfvars") || $0.hasSuffix(".auto.tfvars.json") }.map { (folder as NSString).appendingPathComponent($0) }
        }
        for file in files + varFiles {
            let text = try Configuration.read(file)
            let body: Body
            do {
                body = file.hasSuffix(".json") ? try JSONBody.parse(text, file: file, blockLabels: [:]) : try HCLParser.parseBody(text, file: file)
            } catch {
                throw .syntax(error)
            }
            for attribute in body.attributes where values[attribute.name] != nil {
                values[attribute.name] = evaluator.evaluate(attribute.value, [:])
            }
        }
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw .badVariable(assignment, reason: .notKeyValue)
            }
            let name = String(assignment[..<equals])
            let text = String(assignment[assignment.index(after: equals)...])
            if types[name] == nil || types[name] == "string" {
                values[name] = .string(text)
            } else {
                do {
                    values[name] = evaluator.evaluate(try HCLParser.parseExpression(text, file: "--var \(name)"), [:])
                } catch {
                    throw .badVariable(assignment, reason: .notAnExpression(type: types[name] ?? "", error: error))
                }
            }
        }
        return values
    }
}
