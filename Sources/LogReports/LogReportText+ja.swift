internal import Localization

extension LogReportText {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .inputHeading: "入力"
        case .orphanRedirectsHeading: "到着しなかったリダイレクト"
        case .tlsFailuresHeading: "TLS の失敗"
        case .errorsHeading: "エラー"
        case .clientTimelineHeading: "クライアントのタイムライン"
        case .inputSummary(let files, let bytes, let lines, let accessEntries, let connectionEntries, let first, let last):
            "\(files) 個のファイル、\(bytes) バイト、\(lines) 行: アクセスログのエントリ \(accessEntries) 件、接続ログのエントリ \(connectionEntries) 件"
                + (first.map { "、\($0) – \(last ?? "?")" } ?? "")
        case .filteredOut(let count): "--since/--until の範囲外のエントリ \(count) 件"
        case .malformedLines(let count): "読み取れない行 \(count) 行"
        case .malformedFirst: "、最初のもの:"
        case .skippedFiles(let count, let example): "ALB のログではないため \(count) 個のファイルをスキップしました（例: \(example)）"
        case .readInPart: "一部のみ読み取り"
        case .orphanRedirectsSummary(let window, let orphanClients, let redirectedClients, let percent, let orphanRedirects, let redirects):
            "（HTTPS にリダイレクトされ、\(window) 秒以内に暗号化されたリクエストがないもの）: リダイレクトされたクライアント \(redirectedClients) 件中 \(orphanClients) 件（\(percent)%）、リダイレクト \(redirects) 件中 \(orphanRedirects) 件"
        case .moreClients(let count): "… ほか \(count) 件（--format json ですべて出力されます）"
        case .perFiveMinutes: "5 分ごと"
        case .byCode: "コード別"
        case .byListenerPort: "リスナーポート別"
        case .byNode: "ノード別"
        case .errorReasons: "エラーの理由"
        case .requestsPerNode: "ノードごとのリクエスト"
        case .failedConnections(let failures, let connections): "接続 \(connections) 件中 \(failures) 件"
        case .noConnectionLogsGiven: "（接続ログが指定されていません。失敗したハンドシェイクはアクセスログに現れません）"
        case .connectionsWithoutRequest(let connections, let clients): "リクエストが記録されていない接続: クライアント \(clients) 件から \(connections) 件"
        case .requests(let count): "リクエスト \(count) 件"
        case .answeredByLoadBalancer: "、ロードバランサー自身の応答"
        case .targetProcessingTime(let p50, let p90, let p99): "ターゲットの処理時間: p50 \(p50) ms、p90 \(p90) ms、p99 \(p99) ms"
        case .timelineEntries(let count): "（\(count) 件）"
        case .timelineHeading: "タイムライン"
        case .timelineLabel: "タイムライン"
        case .noEntries: "エントリはありません。"
        case .allNodes: "全ノード"
        case .orphanedRedirectsAt(let node, let time, let count): "\(node) \(time): 到着しなかったリダイレクト \(count) 件"
        case .failedHandshakesAt(let node, let time, let count): "\(node) \(time): 失敗した TLS ハンドシェイク \(count) 件"
        case .axisNote(let day): "UTC、\(day)。棒 2 本の組が 5 分"
        case .legendLead: "5 分ごと、ノードごと: "
        case .legendOrphans: "■ リダイレクトされたまま到着しなかったクライアント"
        case .legendFailures: "■ 失敗した TLS ハンドシェイク"
        case .tallestBar(let peak): "（最も高い棒: \(peak)）"
        case .nodesHeading: "ノード"
        case .nodesSummary(let files, let lines, let requests, let connections, let malformed):
            "\(files) 個のファイル、\(lines) 行、リクエスト \(requests) 件、接続 \(connections) 件、読み取れない行 \(malformed) 行"
        case .nodeColumn: "ノード"
        case .accessFilesColumn: "アクセスログのファイル"
        case .connectionFilesColumn: "接続ログのファイル"
        case .requestsColumn: "リクエスト"
        case .connectionsColumn: "接続"
        case .orphanedRedirectsColumn: "到着しなかったリダイレクト"
        case .failedTLSColumn: "失敗した TLS"
        case .firstColumn: "最初"
        case .lastColumn: "最後"
        }
    }
}
