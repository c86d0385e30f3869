extension RulesHelp {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .abstract: "すべてのルールと指摘の ID を一覧にするか、1 つを説明します（何を、なぜ、直し方、例）。"
        case .discussion:
            """
            ALB のルールは `lint` と `aws`、PRB の指摘は `probe`、LOG の指摘は `logs` が出します。

            例:
              albdoctor rules
              albdoctor rules ALB001
              albdoctor rules lb-subnet-without-internet-route
              albdoctor rules PRB001
              albdoctor rules --lang ja ALB001
              albdoctor rules --write-docs docs/rules
              albdoctor rules --lang ja --write-docs docs/rules/ja
            """
        case .rule: "ID（ALB001、PRB001、LOG001）か名前（lb-subnet-without-internet-route）。"
        case .writeDocs: "ルールごとの Markdown のページと索引をこのフォルダーに書き出します。"
        }
    }
}
