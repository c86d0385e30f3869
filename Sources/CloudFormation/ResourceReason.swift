internal import Localization
internal import Topology

/// Why a fact of a template resource is unknown in the network model (a property absent, a
/// value AWS does not accept, a reference to a resource of another type), by typed key. English
/// in `ResourceReason+en.swift`, Japanese in `ResourceReason+ja.swift`. Why a property's value
/// cannot be evaluated is an ``EvaluationReason``.
enum ResourceReason: CatalogEntry {
    /// A resource without the property `property` the model reads.
    case noProperty(resource: String, property: String)
    /// A property of a resource whose value is unknown (`reason`), e.g. `Tags` or `SubnetMappings`.
    case propertyUnknown(property: String, resource: String, reason: LocalizedText)
    /// A property (`SubnetMappings`, `Certificates`) whose value (`found`, as displayed) is not a list.
    case propertyIs(property: String, found: String)
    /// A value (`found`, as displayed) where a list is read.
    case notAList(found: String)
    /// A VPC or subnet without `CidrBlock` (an IPAM pool allocates it).
    case cidrAllocatedAtDeploy(resource: String)
    /// A subnet without `AvailabilityZone`.
    case noAvailabilityZone(subnet: String)
    /// `text` where an IPv6 CIDR block is read.
    case notIPv6Block(text: String)
    /// A protocol that is neither a name nor a number albdoctor knows.
    case unknownProtocol(text: String)
    /// A network ACL entry's `RuleAction` other than `allow` and `deny`.
    case ruleActionInvalid(text: String)
    /// A security group without `VpcId`.
    case defaultVPC(group: String)
    /// A value (`text`) outside those AWS accepts for the property (a scheme, a type).
    case notAcceptedValue(text: String)
    /// A property (`property` of `resource`) naming a template resource (`target`) of another
    /// type (`actual`) than the one it needs (`type`, whose last part is `noun`).
    case wrongType(property: String, resource: String, target: String, actual: String, noun: String, type: String)
    /// A load balancer attribute without `Key`.
    case attributeWithoutKey
    /// A load balancer attribute without `Value`.
    case attributeWithoutValue(key: String)
    /// A load balancer attribute whose `Key` is unknown.
    case attributeKeyUnknown(loadBalancer: String, reason: LocalizedText)
    /// A load balancer without `Subnets` and `SubnetMappings`.
    case noSubnets(loadBalancer: String)
    /// A subnet mapping without `SubnetId`.
    case mappingWithoutSubnet
    /// A subnet mapping of `resource` (a Network Firewall) without `SubnetId`.
    case mappingOfResourceWithoutSubnet(resource: String)
    /// A tag without `Key`.
    case tagWithoutKey
    /// A tag without `Value`.
    case tagWithoutValue(key: String, resource: String)
    /// A tag whose `Key` is unknown.
    case tagKeyUnknown(resource: String, reason: LocalizedText)
    /// A route without a destination property.
    case noDestination(route: String)
    /// A route without a target property.
    case noTarget(route: String)
    /// A security group rule without `IpProtocol`.
    case ruleWithoutProtocol
    /// A security group rule naming no peer (no CIDR block, group or prefix list).
    case ruleWithoutPeer
    /// Listener actions whose value (`found`, as displayed) is not a list.
    case actionsAre(found: String)
    /// A redirect action without `StatusCode`.
    case noStatusCode
    /// An instance without security groups, so in the VPC's default one.
    case defaultSecurityGroup(instance: String)
    /// An Auto Scaling group whose launch template or configuration is not a template resource.
    case launchTemplateNotGiven(group: String)
    /// An ECS service without awsvpc networking.
    case notAwsvpc(service: String)
}

extension Known {
    /// An unknown whose reason is `reason`.
    static func unknown(_ reason: ResourceReason) -> Known { .unknown(reason: LocalizedText(reason)) }
}
