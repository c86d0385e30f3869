internal import Localization

extension TopologyReason {
    /// The Japanese of every entry: a clause ending in です or ます, as the notes end it
    /// (「…を確認できませんでした: 理由。」).
    var japanese: String {
        switch self {
        case .subnetNotInModel(let subnet, let source):
            "サブネット \(subnet) はモデルにありません（\(Self.notInModelHint(source))）"
        case .securityGroupNotInModel(let securityGroup, let source):
            "セキュリティグループ \(securityGroup) はモデルにありません（\(Self.notInModelHint(source))）"
        case .associatedTableNotInModel(let what, let id, let association, let source):
            "\(association) で関連付けられた\(what.japanese) \(id) はモデルにありません（\(Self.notInModelHint(source))）"
        case .associationSubnetUnknown(let what, let association, let reason):
            "\(JapaneseSpacing.before(what.japanese))の関連付け \(association) のサブネットが不明です: \(reason(.ja))"
        case .implicitTableNotInModel(let what, let vpc, let source):
            "VPC \(vpc) の\(JapaneseSpacing.before(what.implicitJapanese))はモデルにありません（\(Self.notInModelHint(source))）"
        case .edgeRouteTableNotInModel(let table, let gateway, let association, let source):
            "\(association) で \(gateway) に関連付けられたルートテーブル \(table) はモデルにありません（\(Self.notInModelHint(source))）"
        case .edgeAssociationGatewayUnknown(let association, let reason, let gateway):
            "エッジ関連付け \(association) のゲートウェイが不明で（\(reason(.ja))）、\(gateway) である可能性があります"
        case .attachmentGatewayUnknown(let attachment, let reason):
            "\(attachment) のインターネットゲートウェイが不明です（\(reason(.ja))）"
        case .attachmentVPCUnknown(let attachment, let reason):
            "\(attachment) の VPC が不明です（\(reason(.ja))）"
        }
    }

    /// Why a resource named in the model may be missing from it, and what to give then.
    private static func notInModelHint(_ source: Topology.Source) -> String {
        switch source {
        case .templates: "指定したテンプレートの外で定義されているため、定義しているスタックも渡してください"
        case .account: "アカウントから返されませんでした"
        case .terraform: "指定した構成、プラン、ステートのリソースではないため、宣言しているフォルダーかステートも指定してください"
        }
    }
}

extension TopologyReason.Table {
    /// The table, named in Japanese.
    var japanese: String {
        switch self {
        case .routeTable: "ルートテーブル"
        case .networkACL: "ネットワーク ACL"
        }
    }

    /// The table a subnet uses without an explicit association, named in Japanese.
    var implicitJapanese: String {
        switch self {
        case .routeTable: "メインルートテーブル"
        case .networkACL: "デフォルトのネットワーク ACL"
        }
    }
}
