internal import Localization

extension FindingText {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .couldNotVerify(let what, let reason): "\(what(.ja))を確認できませんでした: " + JapaneseSpacing.sentence(reason(.ja))
        case .unverifiedTitle(let title): "\(title(.ja))（未確認）"
        case .severity(let severity):
            switch severity {
            case .error: "エラー"
            case .warning: "警告"
            case .note: "注記"
            }
        case .counts(let errors, let warnings, let notes): "エラー \(errors) 件、警告 \(warnings) 件、注記 \(notes) 件"
        }
    }
}
