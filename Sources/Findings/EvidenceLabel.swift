public import Localization

/// How a report labels a fact of a finding's evidence. The key itself is a field name (JSON's
/// `evidence` object keeps it in every language); text and HTML show it as a label in the
/// report's language. Keys made of a value (a VPC's name, an attribute such as
/// `connection_logs.s3.enabled`) show as they are, unless the fact carries its own label
/// (`Evidence.Item.japaneseLabel`).
public enum EvidenceLabel {
    /// The label of a fact in `language`: its own, for a key made of a value, else its key's.
    /// What the reporters show.
    public static func text(for item: Evidence.Item, in language: Language) -> String {
        if language == .ja, let label = item.japaneseLabel { return label }
        return text(item.key, in: language)
    }

    /// The label of `key` in `language`.
    public static func text(_ key: String, in language: Language) -> String {
        switch language {
        case .en: key
        case .ja: japanese[key] ?? key
        }
    }

    /// Every evidence key albdoctor writes, in Japanese.
    static let japanese: [String: String] = [
        "AllocationId": "AllocationId",
        "CIDR block": "CIDR ブロック",
        "Elastic IP": "Elastic IP",
        "VPC": "VPC",
        "addresses": "アドレス",
        "admitted": "許可されている送信元",
        "also held by": "ほかの保持者",
        "availability zone": "アベイラビリティーゾーン",
        "busiest 5 minutes": "最も多い 5 分間",
        "certificates": "証明書",
        "connect timeout": "接続タイムアウト",
        "connected": "接続",
        "construct": "コンストラクト",
        "default route": "デフォルトルート",
        "denied by": "拒否しているエントリ",
        "denied ports": "拒否されるポート",
        "direction": "方向",
        "edge route": "エッジルート",
        "edge route table": "エッジルートテーブル",
        "edge routes": "エッジルートテーブルのルート",
        "endpoint subnet": "エンドポイントのサブネット",
        "export": "エクスポート",
        "failure": "失敗",
        "firewall or endpoint": "ファイアウォールまたはエンドポイント",
        "first": "最初",
        "gateway attached to": "ゲートウェイのアタッチ先",
        "ip address type": "IP アドレスタイプ",
        "issuer": "発行者",
        "last": "最後",
        "leaf": "サーバー証明書",
        "listener": "リスナー",
        "load balancer": "ロードバランサー",
        "load-balancer security groups": "ロードバランサーのセキュリティグループ",
        "load-balancer subnets": "ロードバランサーのサブネット",
        "location": "場所",
        "names": "名前",
        "network ACL": "ネットワーク ACL",
        "node address": "ノードのアドレス",
        "not after": "有効期限",
        "orphaned redirects": "到着しなかったリダイレクト",
        "outcomes": "結果",
        "port 80": "ポート 80",
        "problems": "問題",
        "protocol": "プロトコル",
        "reason": "理由",
        "record type": "レコードタイプ",
        "redirect": "リダイレクト",
        "region": "リージョン",
        "resolver": "リゾルバー",
        "route": "ルート",
        "route table": "ルートテーブル",
        "routes": "ルート",
        "scheme": "スキーム",
        "security groups": "セキュリティグループ",
        "sent through it by": "経由させているもの",
        "served chain": "提示された証明書チェーン",
        "status": "状態",
        "subnet": "サブネット",
        "subnet mapping": "サブネットマッピング",
        "subnets": "サブネット",
        "tag": "タグ",
        "target port": "ターゲットポート",
        "tries": "試行",
        "type": "タイプ",
        "usable addresses": "使用可能なアドレス",
    ]
}
