internal import Localization
extension TerraformNoteText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .moduleNotReadDetail(let address, let source, let reason):
            "\(address)（source \"\(source)\"）は読み込まれていません: \(reason(.ja))"
        case .moduleNotRead(let address, let source, let reason):
            "\(address)（source \"\(source)\"）のリソースと出力は未確認です: " + JapaneseSpacing.sentence(reason(.ja))
        case .instancesNotKnown(let address, let reason):
            "\(address) のインスタンスは未確認です。count または for_each の値がわかりません（\(reason(.ja))）。--var か --var-file で値を渡してください。"
        }
    }
}
