internal import Localization

/// Why a fact of the network model read from Terraform resources is unknown (an argument not
/// set, a value of the wrong kind, routes of a block whose instances are not known), by typed
/// key. English in `TerraformModelReason+en.swift`, Japanese in `TerraformModelReason+ja.swift`.
/// `what` names the value read (`vpc_id of aws_subnet.a`), in the reason's language.
/// A reason is the end of a note's sentence: no full stop.
enum TerraformModelReason: CatalogEntry {
    // MARK: values of the wrong kind

    /// An argument naming a resource is null.
    case isNull(what: ValueName)
    /// An argument naming a resource is `value`, not an id or a reference.
    case notAResourceID(what: ValueName, value: LocalizedText)
    /// An argument read as text is a reference (`value`), whose text AWS assigns.
    case referenceAfterApply(what: ValueName, value: LocalizedText)
    /// An argument read as text is `value`, not text.
    case notText(what: ValueName, value: LocalizedText)
    /// An argument read as a number is `value`, not a number.
    case notANumber(what: ValueName, value: LocalizedText)
    /// An argument read as a list is `value`, not a list.
    case notAList(what: ValueName, value: LocalizedText)

    // MARK: arguments not set

    /// A resource (or rule) without the argument `argument` (`vpc_id`, `subnet_id`, `action`).
    case lacksArgument(owner: String, argument: String)
    /// A network ACL rule without `rule_number` (or `rule_no`).
    case lacksRuleNumber(rule: String)
    /// An `aws_vpc` without `cidr_block`: allocated from an IPAM pool.
    case ipamCIDR(address: String)
    /// An `aws_subnet` without `cidr_block`: allocated at apply.
    case cidrAtApply(address: String)
    /// An `aws_subnet` without `availability_zone`.
    case subnetWithoutZone(address: String)
    /// An `aws_security_group` without `vpc_id`: in the default VPC.
    case defaultVPC(address: String)
    /// An `aws_lb` with neither `subnets` nor `subnet_mapping`.
    case neitherSubnetsNorMapping(address: String)

    // MARK: addresses, routes, load balancers, rules

    /// `ipv6_cidr_block` is not an IPv6 block.
    case notIPv6Block(text: String)
    /// An argument (`what`) whose text is not an IPv4 block.
    case notIPv4Block(what: ValueName, text: String)
    /// An argument (`what`, `cidr_block`) whose text is not a CIDR block.
    case notCIDRBlock(what: ValueName, text: String)
    /// A network ACL rule's block is not a CIDR block.
    case ruleBlockNotCIDR(text: String, rule: String)
    /// A route table's inline routes are not all known (`reason`).
    case routesNotAllKnown(address: String, reason: LocalizedText)
    /// A route without any destination argument.
    case routeWithoutDestination
    /// A route's `gateway_id` names something other than an internet gateway of the configuration.
    case gatewayNotInternetGateway(address: String, gateway: String)
    /// A route without any target argument.
    case routeWithoutTarget(address: String)
    /// An `aws_route` block whose instances are unknown (`reason`) may add routes to this table.
    case mayAddRoutes(address: String, reason: LocalizedText)
    /// An enumeration argument (`what`: `load_balancer_type of aws_lb.a`) whose text AWS refuses.
    case notAcceptedValue(what: ValueName, text: String)
    /// A load balancer's `internal` is `value`, not a bool.
    case internalNotBool(address: String, value: LocalizedText)
    /// A listener's `forward` block lists `value` as a target group.
    case forwardTargetGroup(value: LocalizedText)
    /// A `protocol` albdoctor does not know.
    case unknownProtocol(text: String)
    /// A security group rule with `self = true`.
    case admitsOwnGroup(rule: String)
    /// A resource's tags are unknown, for `reason`.
    case tagsUnknown(address: String, reason: LocalizedText)
    /// A resource's tags are `value`, not a map.
    case tagsNotMap(address: String, value: LocalizedText)
    /// A network ACL rule's action is neither allow nor deny.
    case actionNeitherAllowNorDeny(action: String, rule: String)
}
