internal import Localization

extension ResourceReason {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .noProperty(let resource, let property):
            "\(resource) には \(property) がありません"
        case .propertyUnknown(let property, let resource, let reason):
            "\(resource) の \(property) が不明です（\(reason(.ja))）"
        case .propertyIs(let property, let found):
            "\(property) の値は\(Self.spaced(found))です"
        case .notAList(let found):
            "リストではなく、\(JapaneseSpacing.before(found))です"
        case .cidrAllocatedAtDeploy(let resource):
            "\(resource) の CIDR ブロックはデプロイ時に割り当てられます"
        case .noAvailabilityZone(let subnet):
            "\(subnet) には AvailabilityZone がないため、アベイラビリティーゾーンは AWS が選びます"
        case .notIPv6Block(let text):
            "'\(text)' は IPv6 の CIDR ブロックではありません"
        case .unknownProtocol(let text):
            "プロトコル '\(text)' を解釈できません"
        case .ruleActionInvalid(let text):
            "RuleAction '\(text)' は allow でも deny でもありません"
        case .defaultVPC(let group):
            "\(group) には VpcId がないため、デフォルト VPC にあります"
        case .notAcceptedValue(let text):
            "'\(text)' は、ここで AWS が受け付ける値ではありません"
        case .wrongType(let property, let resource, let target, let actual, let noun, let type):
            "\(resource) の \(property) が参照する \(target) は \(actual) で、\(noun)（\(type)）ではありません"
        case .attributeWithoutKey:
            "属性に Key がありません"
        case .attributeWithoutValue(let key):
            "属性 \(key) に値がありません"
        case .attributeKeyUnknown(let loadBalancer, let reason):
            "\(loadBalancer) の LoadBalancerAttributes のキーが不明です（\(reason(.ja))）"
        case .noSubnets(let loadBalancer):
            "\(loadBalancer) には Subnets も SubnetMappings もありません"
        case .mappingWithoutSubnet:
            "サブネットマッピングに SubnetId がありません"
        case .mappingOfResourceWithoutSubnet(let resource):
            "\(resource) のサブネットマッピングに SubnetId がありません"
        case .tagWithoutKey:
            "タグに Key がありません"
        case .tagWithoutValue(let key, let resource):
            "\(resource) のタグ \(key) に Value がありません"
        case .tagKeyUnknown(let resource, let reason):
            "\(resource) のタグのキーが不明です（\(reason(.ja))）"
        case .noDestination(let route):
            "\(route) には送信先がありません"
        case .noTarget(let route):
            "\(route) にはターゲットがありません"
        case .ruleWithoutProtocol:
            "ルールに IpProtocol がありません"
        case .ruleWithoutPeer:
            "ルールが通信相手を指定していません"
        case .actionsAre(let found):
            "アクションの値は\(Self.spaced(found))です"
        case .noStatusCode:
            "StatusCode がありません"
        case .defaultSecurityGroup(let instance):
            "\(instance) は VPC のデフォルトのセキュリティグループを使います"
        case .launchTemplateNotGiven(let group):
            "\(group) の起動テンプレートは、指定されたテンプレートの中にありません"
        case .notAwsvpc(let service):
            "\(service) は awsvpc ネットワークモードを使わないため、タスクにはインスタンスのセキュリティグループが付きます"
        }
    }

    /// A value (as displayed) inside Japanese, with a space on each side that meets a Latin letter.
    private static func spaced(_ text: String) -> String { JapaneseSpacing.after(JapaneseSpacing.before(text)) }
}
