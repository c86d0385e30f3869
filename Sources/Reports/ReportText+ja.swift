internal import Localization

extension ReportText {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .subject: "対象"
        case .related: "関連"
        case .fix: "修正"
        case .scopeAfterCounts(let scope): "（\(scope)）"
        case .noFindings(let scope): "指摘はありません" + (scope.map { "（\($0)）。" } ?? "。")
        }
    }
}
