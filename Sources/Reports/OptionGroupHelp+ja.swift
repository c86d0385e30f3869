extension OptionGroupHelp {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .format:
            "出力形式: text（端末ではカラー）、json、sarif（lint、aws）、html（図を含み、単独で開ける HTML ページ）、markdown（lint、aws、diagnose: Mermaid の図を含むプルリクエストのコメント）、gitlab（lint、aws: GitLab Code Quality の JSON）。"
        case .failOn: "この重大度以上の指摘があれば終了コード 1 で終了します: error、warning、note。"
        case .noColor: "テキスト出力に色を付けません（環境変数 NO_COLOR でも同じです）。"
        case .quiet:
            "指摘だけを出力します。ビュー独自の表（probe のアドレス、logs の分析、diagnose の根本原因）、進捗バー、最後の集計は出さず、指摘がなければ何も出力しません。テキスト出力のみで、終了コードは変わりません。"
        case .noSummary: "最後の行（件数、または何を調べたかを添えた「指摘はありません」）を省きます。テキスト出力のみです。"
        case .stack: "指定したスタック名でデプロイするテンプレート。"
        case .parameter:
            "すべてのスタック（KEY=VALUE）または 1 つのスタック（STACK.KEY=VALUE）のパラメーター値。疑似パラメーターも指定できます（AWS::AccountId=…）。"
        case .templateURL: "ネストされたスタックの TemplateURL に当たるローカルのテンプレート。URL のパスの末尾がファイルのパスと一致しないときに指定します。"
        case .dns: "システムのリゾルバーの代わりに、この DNS サーバーに直接問い合わせます（独自のクライアントで UDP、次に TCP。CNAME のチェーンを表示します）。"
        case .caFile: "システムのルート証明書の代わりに、この PEM ファイルの証明書を信頼します（プライベート CA）。"
        case .connectTimeout(let longestHours):
            "TCP 接続がタイムアウトとみなされるまでの時間: \(OptionGroupHelp.durationValues(longestHours: longestHours).japanese)。"
        case .timeout(let longestHours):
            "接続後のすべて（TLS、HTTP）と DNS クエリ 1 回ごとの制限時間: \(OptionGroupHelp.durationValues(longestHours: longestHours).japanese)。"
        case .ipv4Only: "IPv4 アドレスだけを使います。"
        case .ipv6Only: "IPv6 アドレスだけを使います。"
        case .lang:
            "メッセージ、修正、見出し、ルールのページの言語: en か ja。指定しなければ ALBDOCTOR_LANG、次に LC_ALL、LC_MESSAGES、LANGUAGE、LANG で決まり（ja_JP.UTF-8 なら日本語）、それ以外は英語です。ルール ID、JSON のフィールド名、メトリクス名はどちらの言語でも同じです。"
        case .durationValues(let longestHours): "500ms、3s、1m、1h の形式で、1ms から \(longestHours)h（1 年）まで"
        case .windowValues(let longestHours): "180、180s、3m、1h の形式で、1s から \(longestHours)h（1 年）まで"
        case .timeValues: "UTC で、2025-12-25T23:45:00Z、2025-12-25T23:45、2025-12-25 の形式"
        }
    }
}
