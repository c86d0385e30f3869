internal import Localization

extension ValueName {
    /// The English of every entry.
    var english: String {
        switch self {
        case .verbatim(let text): text
        case .argument(let argument, let owner): "\(argument) of \(owner)"
        case .member(let member, let value): "\(member) of \(value.english)"
        case .aTag(let owner): "a tag of \(owner)"
        case .aSubnet(let owner): "a subnet of \(owner)"
        case .aSecurityGroup(let owner): "a security group of \(owner)"
        case .routeArgument(let argument, let address): "\(argument) of a route of \(address)"
        case .ruleNumber(let rule): "the rule number of \(rule)"
        case .ruleAction(let rule): "the action of \(rule)"
        case .ruleProtocol(let rule): "the protocol of \(rule)"
        case .ruleBlock(let rule): "the block of \(rule)"
        case .redirectArgument(let argument): "redirect \(argument)"
        case .forwardTargetGroupARN: "target_group arn"
        }
    }
}
