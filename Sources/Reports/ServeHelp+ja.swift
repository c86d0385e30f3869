extension ServeHelp {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .abstract:
            "すべてのサイトのすべてのアドレスを監視し続けます。Prometheus のメトリクス、ステータスページを提供し、1 つのノードが応答しなくなればアラートにつなげられます。"
        case .discussion:
            """
            ラウンドごとにすべてのターゲットを解決し（最近のラウンドの応答は和集合にします。drop_after \
            ラウンド（デフォルトは 10）の間 DNS に現れなかったアドレスは、その系列とともに外します）、すべての\
            アドレスを `probe` と同じように調べます（TCP、TLS、HTTP、ポート 80、証明書）。ターゲットごとに別々の\
            スケジュールで動くので、遅いターゲットがほかを遅らせることはありません。

            エンドポイント: /metrics（Prometheus のテキスト形式。名前は docs/metrics.md）、/probe?target=URL\
            （設定済みのターゲットをその場で probe します。Prometheus のマルチターゲットパターン用で、それ以外は \
            403 で拒否します）、/（ステータスページ）、/healthz。SIGHUP で --config を読み直し（誤ったファイルは \
            file:line とともに報告し、前の設定で動き続けます）、SIGTERM か Ctrl-C で停止します。

            例:
              albdoctor serve https://test.jp/ --listen 127.0.0.1:9153
              albdoctor serve --config targets.yaml --listen 0.0.0.0:9153 --interval 15s
              curl -s localhost:9153/metrics | grep albdoctor_probe_success
            """
        case .urls: "監視する URL。--config のファイルのターゲットに加わります。"
        case .config: "ターゲットごとの間隔と probe のオプションを書いた YAML ファイル（docs/metrics.md を参照）。"
        case .listen: "HTTP を提供する場所: 127.0.0.1:9153、[::1]:9153、:9153（すべてのアドレス）。ポート 0 なら空いているポートを選んで表示します。"
        case .interval(let longestHours):
            "ラウンドの間隔（自分の間隔を設定していないターゲット用）: \(OptionGroupHelp.durationValues(longestHours: longestHours).japanese)。"
        }
    }
}
