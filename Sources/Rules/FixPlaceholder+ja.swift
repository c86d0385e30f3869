extension FixPlaceholder {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .vpc: "<対象の VPC>"
        case .vpcID: "<VPC の ID>"
        case .securityGroupID: "<セキュリティグループの ID>"
        case .writableBucket: "<ロードバランサーが書き込めるバケット>"
        case .certificateARN: "<ACM 証明書の ARN>"
        case .forwardToTargetGroup: "<ターゲットグループへの転送>"
        case .siteCertificateARN: "<サイトのドメイン名の ACM 証明書の ARN>"
        case .defaultRouteEndpoint: "<サブネットのデフォルトルートのエンドポイント>"
        case .firewallEndpoint(let firewall, let subnet): "<\(subnet) の \(firewall) のエンドポイント（モジュールに渡す）>"
        case .passedIn(let attribute, let resource): "<\(resource) の \(attribute)（モジュールに渡す）>"
        case .export(let resource, let stack): "<スタック \(stack ?? "?") の \(resource) のエクスポート>"
        }
    }
}
