internal import Localization

extension DocumentationText {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .kindLine(let title, let severity, let view):
            "**\(title)** · 既定の重大度: `\(severity.rawValue)` · 報告するコマンド: `albdoctor \(view)`"
        case .ruleLine(let title, let severity, let documentationURL):
            "**\(title)** · 既定の重大度: `\(severity.rawValue)` · [AWS ドキュメント](\(documentationURL))"
        case .whatItChecks: "検査する内容"
        case .whyItMatters: "なぜ問題か"
        case .howToFix: "直し方"
        case .whenReported: "報告される場合"
        case .whatToDo: "対処"
        case .triggeringExamples: "報告される例（`↓` は指摘が指す位置）"
        case .nonTriggeringExamples: "報告されない例"
        case .reportedAs(let severity): "`\(severity.rawValue)` として報告されます:"
        case .fixPrefix: "修正: "
        case .indexHeading(let folder, let language):
            "# ルール\n\n`albdoctor rules\(language == .en ? "" : " --lang \(language.rawValue)") --write-docs \(folder)` で生成しています。手で編集しないでください。\n\n"
                + "| id | 名前 | 重大度 | 報告するコマンド | タイトル |"
        }
    }
}
