internal import Localization

extension ResourceReason {
    /// The English of every entry.
    var english: String {
        switch self {
        case .noProperty(let resource, let property):
            "\(resource) has no \(property)"
        case .propertyUnknown(let property, let resource, let reason):
            "\(property) of \(resource) is unknown (\(reason.english))"
        case .propertyIs(let property, let found):
            "\(property) is \(found)"
        case .notAList(let found):
            "it is \(found), not a list"
        case .cidrAllocatedAtDeploy(let resource):
            "the CIDR block of \(resource) is allocated at deploy time"
        case .noAvailabilityZone(let subnet):
            "\(subnet) has no AvailabilityZone, so AWS picks one"
        case .notIPv6Block(let text):
            "'\(text)' is not an IPv6 block"
        case .unknownProtocol(let text):
            "unknown protocol '\(text)'"
        case .ruleActionInvalid(let text):
            "RuleAction '\(text)' is neither allow nor deny"
        case .defaultVPC(let group):
            "\(group) has no VpcId, so it is in the default VPC"
        case .notAcceptedValue(let text):
            "'\(text)' is not a value AWS accepts here"
        case .wrongType(let property, let resource, let target, let actual, let noun, let type):
            "\(property) of \(resource) refers to \(target), which is an \(actual), not a \(noun) (\(type))"
        case .attributeWithoutKey:
            "an attribute has no Key"
        case .attributeWithoutValue(let key):
            "attribute \(key) has no value"
        case .attributeKeyUnknown(let loadBalancer, let reason):
            "a key of LoadBalancerAttributes of \(loadBalancer) is unknown (\(reason.english))"
        case .noSubnets(let loadBalancer):
            "\(loadBalancer) has neither Subnets nor SubnetMappings"
        case .mappingWithoutSubnet:
            "a subnet mapping has no SubnetId"
        case .mappingOfResourceWithoutSubnet(let resource):
            "a subnet mapping of \(resource) has no SubnetId"
        case .tagWithoutKey:
            "a tag has no Key"
        case .tagWithoutValue(let key, let resource):
            "tag \(key) of \(resource) has no Value"
        case .tagKeyUnknown(let resource, let reason):
            "a tag key of \(resource) is unknown (\(reason.english))"
        case .noDestination(let route):
            "\(route) has no destination"
        case .noTarget(let route):
            "\(route) has no target"
        case .ruleWithoutProtocol:
            "the rule has no IpProtocol"
        case .ruleWithoutPeer:
            "the rule names no peer"
        case .actionsAre(let found):
            "actions are \(found)"
        case .noStatusCode:
            "no StatusCode"
        case .defaultSecurityGroup(let instance):
            "\(instance) uses the VPC's default security group"
        case .launchTemplateNotGiven(let group):
            "the launch template of \(group) is not in the given templates"
        case .notAwsvpc(let service):
            "\(service) does not use awsvpc networking, so its tasks carry the instances' security groups"
        }
    }
}
