internal import Localization

extension TerraformModelReason {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .isNull(let what): "\(JapaneseSpacing.before(what.japanese))が null です"
        case .notAResourceID(let what, let value): "\(JapaneseSpacing.before(what.japanese))がリソース ID ではなく \(value(.ja)) です"
        case .referenceAfterApply(let what, let value): "\(JapaneseSpacing.before(what.japanese))は \(value(.ja)) で、apply 後にしかわかりません"
        case .notText(let what, let value): "\(JapaneseSpacing.before(what.japanese))が文字列ではなく \(value(.ja)) です"
        case .notANumber(let what, let value): "\(JapaneseSpacing.before(what.japanese))が数値ではなく \(value(.ja)) です"
        case .notAList(let what, let value): "\(JapaneseSpacing.before(what.japanese))がリストではなく \(value(.ja)) です"
        case .lacksArgument(let owner, let argument): "\(owner) に \(argument) がありません"
        case .lacksRuleNumber(let rule): "\(rule) にルール番号がありません"
        case .ipamCIDR(let address): "\(address) の CIDR ブロックは apply 時に IPAM プールから割り当てられます"
        case .cidrAtApply(let address): "\(address) の CIDR ブロックは apply 時に割り当てられます"
        case .subnetWithoutZone(let address): "\(address) には availability_zone がないため、アベイラビリティーゾーンは AWS が選びます"
        case .defaultVPC(let address): "\(address) には vpc_id がないため、デフォルト VPC にあります"
        case .neitherSubnetsNorMapping(let address): "\(address) には subnets も subnet_mapping もありません"
        case .notIPv6Block(let text): "'\(text)' は IPv6 の CIDR ブロックではありません"
        case .notIPv4Block(let what, let text): "\(what.japanese) '\(text)' は IPv4 の CIDR ブロックではありません"
        case .notCIDRBlock(let what, let text): "\(what.japanese) '\(text)' は CIDR ブロックではありません"
        case .ruleBlockNotCIDR(let text, let rule): "\(rule) の '\(text)' は CIDR ブロックではありません"
        case .routesNotAllKnown(let address, let reason): "\(address) のルートの一部が不明です: \(reason(.ja))"
        case .routeWithoutDestination: "ルートに送信先がありません"
        case .gatewayNotInternetGateway(let address, let gateway):
            "\(address) のルートの gateway_id は \(gateway) ですが、これはこの構成のインターネットゲートウェイではありません"
        case .routeWithoutTarget(let address): "\(address) のルートにターゲットがありません"
        case .mayAddRoutes(let address, let reason): "\(address) がここにルートを追加するかもしれませんが、\(reason(.ja))"
        case .notAcceptedValue(let what, let text): "\(what.japanese) '\(text)' は AWS が受け付ける値ではありません"
        case .internalNotBool(let address, let value): "\(address) の internal が \(value(.ja)) です"
        case .forwardTargetGroup(let value): "forward のターゲットグループが \(value(.ja)) です"
        case .unknownProtocol(let text): "プロトコル '\(text)' を解釈できません"
        case .admitsOwnGroup(let rule): "\(rule) は自身のセキュリティグループを許可しています（self = true）"
        case .tagsUnknown(let address, let reason): "\(address) のタグが不明です: \(reason(.ja))"
        case .tagsNotMap(let address, let value): "\(address) のタグがマップではなく \(value(.ja)) です"
        case .actionNeitherAllowNorDeny(let action, let rule): "\(rule) のアクション '\(action)' は allow でも deny でもありません"
        }
    }
}
