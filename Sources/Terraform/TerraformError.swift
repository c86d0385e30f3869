public import HCL

/// Why a Terraform configuration could not be read at all. Values that cannot be known are
/// not errors: they become unknowns in the model.
public enum TerraformError: Error, Sendable, CustomStringConvertible {
    /// A `.tf`, `.tf.json` or `.tfvars` file that is not valid HCL.
    case syntax(HCLError)
    case unreadable(file: String, reason: String)
    /// A `--var` that is not KEY=VALUE, or whose value is not an HCL expression.
    case badVariable(String, reason: String)
    /// A path given that holds no `.tf` or `.tf.json` file.
    case noConfiguration(String)
    /// A binary plan (`terraform plan -out`, a zip) given where its JSON was expected.
    case binaryPlan(file: String)
    /// A plan or state written as UTF-16 (PowerShell's `>` does).
    case utf16(file: String)
    /// The log stream of `terraform plan -json` (JSON lines with `@level` and `@message`).
    case logStream(file: String)
    /// A plan or state that is not valid JSON (cut short, say): where, and what was wrong.
    case invalidJSON(file: String, line: Int, column: Int, reason: String)
    /// Valid JSON that is not a plan or state albdoctor reads (another format version, say).
    case unsupported(file: String, reason: String)

    public var description: String {
        switch self {
        case .syntax(let error): error.description
        case .unreadable(let file, let reason): "\(file): cannot be read: \(reason)"
        case .badVariable(let text, let reason): "--var '\(text)': \(reason)"
        case .noConfiguration(let path): "\(path): holds no .tf or .tf.json file; give the folder of a Terraform configuration"
        case .binaryPlan(let file):
            "\(file): is a binary plan saved by `terraform plan -out`, not JSON; run `terraform show -json \(file) > plan.json` and lint plan.json"
        case .utf16(let file):
            "\(file): is UTF-16 text, as PowerShell's `>` writes it, not UTF-8 JSON; write it again with `terraform show -json plan.out | Out-File -Encoding utf8 plan.json` (or `> plan.json` in bash or cmd) and lint that"
        case .logStream(let file):
            "\(file): is the log stream of `terraform plan -json` (JSON lines with @level and @message), not a plan; run `terraform plan -out plan.out`, then `terraform show -json plan.out > plan.json`, and lint plan.json"
        case .invalidJSON(let file, let line, let column, let reason):
            "\(file):\(line):\(column): is not valid JSON (\(reason)); if it was cut short, write it again with `terraform show -json plan.out > plan.json`"
        case .unsupported(let file, let reason): "\(file): \(reason)"
        }
    }
}
