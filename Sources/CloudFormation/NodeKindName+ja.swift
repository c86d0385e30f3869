extension NodeKindName {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .scalar: "スカラー"
        case .null: "null 値"
        case .list: "リスト"
        case .mapping: "マッピング"
        case .emptyDocument: "空のドキュメント"
        }
    }
}
