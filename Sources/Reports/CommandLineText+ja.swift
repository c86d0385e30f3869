internal import Localization

extension CommandLineText {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .errorPrefix: "albdoctor: エラー: "
        case .warningPrefix: "albdoctor: 警告: "
        case .notTerraform(let other, let terraform):
            "\(terraform) は Terraform ですが、\(other) は Terraform ではありません。CloudFormation テンプレートと Terraform は別々に lint してください。"
        case .noLogFiles(let paths, let skipped):
            "\(paths.joined(separator: "、")) にログファイルがありません（.log か .log.gz のファイルが必要です。ほかのファイル \(skipped) 個は読み飛ばしました）。"
        case .noLogEntries(let paths, let problems):
            "\(paths.joined(separator: "、")) にログのエントリがありません" + (problems.isEmpty ? "。" : ": " + problems.map { $0(.ja) }.joined(separator: "; "))
        case .cannotWriteDocs(let folder, let reason): "\(folder) にドキュメントを書き込めません: \(reason)"
        case .noSuchRule(let name): "ルール '\(name)' はありません。`albdoctor rules` で一覧を表示できます。"
        case .cannotWriteSnapshot(let file, let reason): "スナップショットを \(file) に書き込めません: \(reason)"
        case .configUnreadable(let file): "\(file): ファイルがないか、読めません"
        }
    }
}
