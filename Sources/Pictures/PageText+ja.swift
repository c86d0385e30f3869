internal import Localization

extension PageText {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .findingsHeading: "指摘"
        case .noFindings: "指摘はありません。"
        case .whereLabel: "場所"
        case .subjectLabel: "対象"
        case .relatedLabel: "関連"
        case .findingsTableHeader: "| 重大度 | ルール | 場所 | 指摘 |"
        case .fixFor(let rule, let subject): "\(subject) の \(rule) の修正"
        }
    }
}
