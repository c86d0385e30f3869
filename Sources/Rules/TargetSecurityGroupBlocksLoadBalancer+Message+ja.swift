internal import Localization

extension TargetSecurityGroupBlocksLoadBalancer.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .blocksLoadBalancer(let target, let targetGroup, let securityGroups, let loadBalancer, let port):
            "\(targetGroup) のターゲット \(target) のセキュリティグループ（\(securityGroups.joined(separator: "、").ifEmpty("なし"))）が TCP \(port) で \(loadBalancer) を許可していないため、ヘルスチェックが失敗し、リクエストには 502/503 が返ります。"
        case .admitsLoadBalancer(let target, let loadBalancer): "\(target) が \(loadBalancer) を許可していること"
        case .targetPortUnknown(let reason): "ターゲットのポートが不明です（\(reason(.ja))）"
        case .securityGroupsNotInModel: "ターゲットのセキュリティグループの一部がモデルにありません"
        case .ingressPortsUnknown(let reason): "ターゲットのインバウンドルールの 1 つでポートが不明です（\(reason(.ja))）"
        case .ingressSourceUnknown(let reason): "ターゲットのインバウンドルールの 1 つで送信元が不明です（\(reason(.ja))）"
        case .whatToAdmitUnknown(let reason): "ターゲットが許可すべき送信元が不明です: \(reason(.ja))"
        }
    }
}
