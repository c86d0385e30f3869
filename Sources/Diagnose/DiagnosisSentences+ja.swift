// The Japanese sentences of a diagnosis, beside the English of DiagnosisSentences.swift.
internal import Localization

extension EvidenceFact {
    /// The fact as one sentence in Japanese.
    public var japanese: String {
        switch self {
        case .finding(_, _, let location, let message):
            return "\(location.map { "\($0): " } ?? "")\(message(.ja))"
        case .addressFailed(let address, let tries):
            return "\(address) は\(tries.japanese)失敗しました。"
        case .addressesAnswered(let addresses, let tries):
            return "\(addresses.map(\.description).joined(separator: "、")) は \(tries) 回の試行すべてで TCP、TLS、HTTP に応答しました。"
        case .servedBy(let loadBalancer, let name, let match):
            return "\(name) を提供しているのは \(loadBalancer) です（\(JapaneseSpacing.before(match.japanese))から特定）。"
        case .noLoadBalancer(let source):
            return "\(JapaneseSpacing.before(source.japanese))には、このホスト名の CNAME を DNS 名とするロードバランサーも、このホスト名のアドレスのいずれかを持つノードのネットワークインターフェイスもありません。このホスト名はほかの場所、または別のアカウントかリージョンから提供されています。"
        case .node(let address, let interface, let description, let loadBalancer, let subnet, let zone):
            let place = subnet.map { "サブネット \($0)" } ?? "不明なサブネット"
            return "\(address.text) は \(interface)（\(description ?? "")）のアドレスで、\(JapaneseSpacing.before(place + (zone.map { "（\($0)）" } ?? "")))にある \(loadBalancer) のノードです。"
        case .nodeWrote(let address, let activity, let period):
            return "\(address) は \(period) にアクセスログ \(activity.accessFiles) ファイルと接続ログ \(activity.connectionFiles) ファイル（リクエスト \(activity.accessEntries) 件、接続 \(activity.connectionEntries) 件）を書きました。"
        case .nodeSilent(let address, let period, let writers, let files):
            return "\(writers.joined(separator: "、")) が \(files) ファイルを書いた \(period) に、\(address) はログを 1 つも書いていません。そのノードに届いたクライアントはいません。"
        case .clientsLost(let lost, let redirected, let window, let first, let last):
            return "HTTPS にリダイレクトされたクライアント \(redirected) 件のうち \(lost) 件が \(window) 秒以内に到着しませんでした（最初 \(first?.description ?? "")、最後 \(last?.description ?? "")）。応答しないアドレスを選んだクライアントです。"
        case .clientsArrived(let redirected, let window):
            return "HTTPS にリダイレクトされたクライアント \(redirected) 件はすべて \(window) 秒以内に到着しました。"
        case .tlsFailures(let failures, let connections, let byCode):
            return "TLS ハンドシェイク \(connections) 件のうち \(failures) 件が失敗しました（\(byCode.map { "\($0.code): \($0.count)" }.joined(separator: ", ")))。"
        case .unreadableFile(let problem):
            return "ファイルを最後まで読めませんでした: \(problem(.ja))"
        }
    }
}

extension EvidenceFact.Tries {
    /// " 6 回中 3 回" — with the spaces a Japanese sentence puts around numbers.
    var japanese: String { " \(total) 回中 \(failed) 回" }
}

extension LoadBalancerMatch.How {
    /// "CNAME x.example.com" or "203.0.113.9 を持つネットワークインターフェイス eni-…".
    var japanese: String {
        switch self {
        case .cname(let name): "CNAME \(name)"
        case .networkInterface(let id, let address): "\(address) を持つネットワークインターフェイス \(id)"
        }
    }
}

extension RootCauseText {
    var japanese: String {
        switch self {
        case .failed(let address, let tries): "\(address) は\(tries.japanese)失敗しました: "
        case .fails(let address): "クライアントは \(address) への接続に失敗します。"
        case .failedTries(let tries): "\(tries.japanese.dropFirst())失敗しました"
        }
    }
}

extension Diagnosis.RootCause.Since {
    /// The first lost client's time, or "2026-11-27T15:00:00Z より前（期間内にログなし）".
    public var japanese: String {
        switch self {
        case .firstLostClient(let time): time.description
        case .beforePeriod(let start): "\(start.secondText) より前（期間内にログなし）"
        }
    }
}

extension DiagnosisInput.AccountOrigin {
    /// "アカウントのリージョン ap-northeast-1" or "スナップショット tokyo.json（ap-northeast-1）".
    public var japanese: String {
        switch self {
        case .region(let region): "アカウントのリージョン \(region)"
        case .snapshot(let path, let region): "スナップショット \(path)（\(region)）"
        }
    }
}
