internal import Localization

extension TerraformModelReason {
    /// The English of every entry.
    var english: String {
        switch self {
        case .isNull(let what): "\(what.english) is null"
        case .notAResourceID(let what, let value): "\(what.english) is \(value.english), not a resource id"
        case .referenceAfterApply(let what, let value): "\(what.english) is \(value.english), known only after apply"
        case .notText(let what, let value): "\(what.english) is \(value.english), not text"
        case .notANumber(let what, let value): "\(what.english) is \(value.english), not a number"
        case .notAList(let what, let value): "\(what.english) is \(value.english), not a list"
        case .lacksArgument(let owner, let argument): "\(owner) has no \(argument)"
        case .lacksRuleNumber(let rule): "\(rule) has no rule number"
        case .ipamCIDR(let address): "the CIDR block of \(address) is allocated from an IPAM pool at apply time"
        case .cidrAtApply(let address): "the CIDR block of \(address) is allocated at apply time"
        case .subnetWithoutZone(let address): "\(address) has no availability_zone, so AWS picks one"
        case .defaultVPC(let address): "\(address) has no vpc_id, so it is in the default VPC"
        case .neitherSubnetsNorMapping(let address): "\(address) has neither subnets nor subnet_mapping"
        case .notIPv6Block(let text): "'\(text)' is not an IPv6 block"
        case .notIPv4Block(let what, let text): "\(what.english) '\(text)' is not an IPv4 block"
        case .notCIDRBlock(let what, let text): "\(what.english) '\(text)' is not a CIDR block"
        case .ruleBlockNotCIDR(let text, let rule): "'\(text)' of \(rule) is not a CIDR block"
        case .routesNotAllKnown(let address, let reason): "the routes of \(address) are not all known: \(reason.english)"
        case .routeWithoutDestination: "the route has no destination"
        case .gatewayNotInternetGateway(let address, let gateway):
            "gateway_id of a route of \(address) is \(gateway), which is not an internet gateway of this configuration"
        case .routeWithoutTarget(let address): "a route of \(address) has no target"
        case .mayAddRoutes(let address, let reason): "\(address) may add routes here, but \(reason.english)"
        case .notAcceptedValue(let what, let text): "\(what.english) '\(text)' is not a value AWS accepts"
        case .internalNotBool(let address, let value): "internal of \(address) is \(value.english)"
        case .forwardTargetGroup(let value): "a forward target group is \(value.english)"
        case .unknownProtocol(let text): "unknown protocol '\(text)'"
        case .admitsOwnGroup(let rule): "\(rule) admits its own group (self = true)"
        case .tagsUnknown(let address, let reason): "the tags of \(address) are unknown: \(reason.english)"
        case .tagsNotMap(let address, let value): "the tags of \(address) are \(value.english), not a map"
        case .actionNeitherAllowNorDeny(let action, let rule): "the action '\(action)' of \(rule) is neither allow nor deny"
        }
    }
}
