internal import Localization

extension ValueName {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .verbatim(let text): text
        case .argument(let argument, let owner): "\(JapaneseSpacing.before(owner))の\(JapaneseSpacing.after(argument))"
        case .member(let member, let value): "\(JapaneseSpacing.before(value.japanese))の\(JapaneseSpacing.after(member))"
        case .aTag(let owner): "\(JapaneseSpacing.before(owner))のタグの 1 つ"
        case .aSubnet(let owner): "\(JapaneseSpacing.before(owner))のサブネットの 1 つ"
        case .aSecurityGroup(let owner): "\(JapaneseSpacing.before(owner))のセキュリティグループの 1 つ"
        case .routeArgument(let argument, let address): "\(JapaneseSpacing.before(address))のルートの\(JapaneseSpacing.after(argument))"
        case .ruleNumber(let rule): "\(JapaneseSpacing.before(rule))のルール番号"
        case .ruleAction(let rule): "\(JapaneseSpacing.before(rule))のアクション"
        case .ruleProtocol(let rule): "\(JapaneseSpacing.before(rule))のプロトコル"
        case .ruleBlock(let rule): "\(JapaneseSpacing.before(rule))の CIDR ブロック"
        case .redirectArgument(let argument): "redirect の\(JapaneseSpacing.after(argument))"
        case .forwardTargetGroupARN: "forward の target_group の arn"
        }
    }
}
