extension ProbeHelp {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .abstract: "ホストのすべてのアドレスを TCP、TLS、HTTP で調べ、応答しないアドレスや誤った証明書を返すアドレスを見つけます。"
        case .discussion:
            """
            A と AAAA のアドレスをすべて解決し（システムのリゾルバー、または --dns SERVER に直接問い合わせ）、\
            各アドレスに同時に接続して SNI 付きでハンドシェイクし、GET を送り、ポート 80 が HTTPS に\
            リダイレクトするかを確かめます。手作業での `curl -v`、`nc`、`openssl s_client` の繰り返しを 1 つの\
            コマンドで行います。ほかのアドレスが応答するのに 1 つだけタイムアウトするなら、インターネットへの\
            ルートがないサブネットにあるロードバランサーのノードの兆候です。

            例:
              albdoctor probe test.jp
              albdoctor probe https://test.jp/health --rounds 10 --interval 1s
              albdoctor probe test.jp --dns 8.8.8.8 --dns-rounds 5       # 応答の和集合
              albdoctor probe https://test.jp/ --address 203.0.113.9      # 1 ノードだけ
              albdoctor probe test.jp --watch                             # Ctrl-C まで更新
              albdoctor probe test.jp --format json | jq '.addresses[] | {address, tcp}'

            終了コード: 0 は正常、1 はエラーの指摘あり（接続できないアドレス、不正な証明書など）、2 は使い方の\
            誤りか解決できない名前です。
            """
        case .targets: "ホスト名か URL（https:// とみなします）。"
        case .dnsRounds: "DNS にこの回数だけ問い合わせ、応答の和集合を probe します（--dns と一緒に使います）。"
        case .rounds: "断続的な失敗を見るため、各アドレスをこの回数だけ probe します。"
        case .interval(let longestHours): "ラウンドの間隔: 0、または \(OptionGroupHelp.durationValues(longestHours: longestHours).japanese)。"
        case .address: "名前を解決する代わりにこのアドレスを probe します（繰り返し指定できます）。SNI と Host は URL のホストのままです。"
        case .watch: "Ctrl-C まで probe を続け、ラウンドごとに表を描き直します。"
        case .noPort80: "ポート 80 が HTTPS にリダイレクトするかを確かめません。"
        case .expiryWarning: "証明書の期限がこの日数以内に切れるときに警告します。"
        }
    }
}
