extension TerraformError {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .syntax(let error): error.description
        case .unreadable(let file, let reason): "\(file): cannot be read: \(reason.english)"
        case .badVariable(let text, let reason): "--var '\(text)': \(reason.english)"
        case .noConfiguration(let path): "\(path): holds no .tf or .tf.json file; give the folder of a Terraform configuration"
        case .binaryPlan(let file):
            "\(file): is a binary plan saved by `terraform plan -out`, not JSON; run `terraform show -json \(file) > plan.json` and lint plan.json"
        case .utf16(let file):
            "\(file): is UTF-16 text, as PowerShell's `>` writes it, not UTF-8 JSON; write it again with `terraform show -json plan.out | Out-File -Encoding utf8 plan.json` (or `> plan.json` in bash or cmd) and lint that"
        case .logStream(let file):
            "\(file): is the log stream of `terraform plan -json` (JSON lines with @level and @message), not a plan; run `terraform plan -out plan.out`, then `terraform show -json plan.out > plan.json`, and lint plan.json"
        case .invalidJSON(let file, let line, let column, let reason):
            "\(file):\(line):\(column): is not valid JSON (\(reason.english)); if it was cut short, write it again with `terraform show -json plan.out > plan.json`"
        case .unsupported(let file, let reason): "\(file): \(reason.english)"
        }
    }
}
