extension InventoryReason {
    /// The Japanese of every entry: a clause ending in です or ます, as the notes end it
    /// (「…を確認できませんでした: 理由。」).
    var japanese: String {
        switch self {
        case .missingField(let call, let field, let record): "\(call) が \(record) の \(field) を返しませんでした"
        case .entryFieldMissing(let call, let field, let acl): "\(call) が \(acl) のエントリの \(field) を返しませんでした"
        case .entryProtocolMissing(let acl): "DescribeNetworkAcls が \(acl) のエントリのプロトコルを返しませんでした"
        case .entryProtocolUnknown(let `protocol`, let acl): "\(acl) のエントリのプロトコル '\(`protocol`)' を解釈できません"
        case .ruleActionUnknown(let action): "ルールアクション \(action) を解釈できません"
        case .entryWithoutBlock: "CIDR ブロックのないエントリです"
        case .classicSecurityGroup: "EC2-Classic のセキュリティグループです"
        case .schemeUnknown(let scheme): "スキーム \(scheme) を解釈できません"
        case .typeUnknown(let type): "タイプ \(type) を解釈できません"
        case .addressTypeUnknown(let type): "アドレスタイプ \(type) を解釈できません"
        case .listenerWithoutPort: "ポートがありません"
        case .listenerWithoutProtocol: "プロトコルがありません"
        case .noNetworkInterface(let target): "\(target) のネットワークインターフェイスが返されませんでした"
        case .vpcWithoutIPv4Block: "IPv4 の CIDR ブロックがありません"
        case .ipv6OnlySubnet: "IPv6 専用のサブネットです"
        case .snapshotWithoutSubnetTags:
            "このスナップショットは、albdoctor がサブネットのタグを保存するようになる前に保存されたものです。albdoctor aws --save-snapshot FILE で保存し直してください"
        case .routeWithoutDestination: "送信先のないルートです"
        case .routeWithoutTarget: "ターゲットのないルートです"
        case .permissionWithoutProtocol: "DescribeSecurityGroups が ipProtocol のないルールを返しました"
        case .protocolUnknown(let `protocol`): "プロトコル '\(`protocol`)' を解釈できません"
        }
    }
}
