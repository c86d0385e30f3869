internal import HCL
internal import Localization

extension TerraformError {
    /// The Japanese of every entry. The `file:` (or `file:line:column:`) before it is the same
    /// as in English.
    public var japanese: String {
        switch self {
        case .syntax(let error): error.localizedMessage(.ja)
        case .unreadable(let file, let reason): "\(file): 読み込めません: \(reason.japanese)"
        case .badVariable(let text, let reason): "--var '\(text)': \(reason.japanese)"
        case .noConfiguration(let path): "\(path): .tf や .tf.json のファイルがありません。Terraform の構成のフォルダーを指定してください"
        case .binaryPlan(let file):
            "\(file): `terraform plan -out` で保存したバイナリのプランで、JSON ではありません。`terraform show -json \(file) > plan.json` を実行して、plan.json を lint してください"
        case .utf16(let file):
            "\(file): PowerShell の `>` が書き出す UTF-16 のテキストで、UTF-8 の JSON ではありません。`terraform show -json plan.out | Out-File -Encoding utf8 plan.json`（bash や cmd では `> plan.json`）で書き出し直して、それを lint してください"
        case .logStream(let file):
            "\(file): `terraform plan -json` のログストリーム（@level と @message を持つ JSON の行）で、プランではありません。`terraform plan -out plan.out` の後に `terraform show -json plan.out > plan.json` を実行して、plan.json を lint してください"
        case .invalidJSON(let file, let line, let column, let reason):
            "\(file):\(line):\(column): 有効な JSON ではありません（\(reason.japanese)）。途中で切れている場合は、`terraform show -json plan.out > plan.json` で書き出し直してください"
        case .unsupported(let file, let reason): "\(file): \(reason.japanese)"
        }
    }
}
