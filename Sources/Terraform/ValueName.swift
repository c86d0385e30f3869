internal import Localization

/// The value a reason is about (`vpc_id of aws_subnet.a`, `the rule number of
/// aws_network_acl_rule.a`), by typed key, so that a reason names it in its own language and
/// word order (`aws_subnet.a の vpc_id`). English in `ValueName+en.swift`, Japanese in
/// `ValueName+ja.swift`. A name is a phrase inside a reason: no capital, no full stop. Reasons
/// embed it with `JapaneseSpacing` in Japanese, since it may end with a Latin name or with kana.
indirect enum ValueName: CatalogEntry, Hashable {
    /// A value named by code alone, the same in every language: an argument read without its
    /// resource (`cidr_blocks`, `target_group_arn`), an attribute reference
    /// (`aws_subnet.a.arn`), or empty where the value is read only when known and never shown.
    case verbatim(String)
    /// An argument of a resource or rule (`vpc_id` of `aws_subnet.a`, `access_logs.enabled`
    /// of `aws_lb.web`).
    case argument(String, of: String)
    /// A member of an object value, in a plan's value known only after apply (`bucket` of
    /// `access_logs of aws_lb.web`).
    case member(String, of: ValueName)
    /// One of a resource's tags.
    case aTag(of: String)
    /// One of a resource's subnets (an element of `subnets` or `subnet_ids`).
    case aSubnet(of: String)
    /// One of a load balancer's security groups (an element of `security_groups`).
    case aSecurityGroup(of: String)
    /// An argument of a route (`gateway_id`): one inline in the route table named, or the
    /// `aws_route` named.
    case routeArgument(String, ofRouteOf: String)
    /// A network ACL rule's `rule_number` (or `rule_no`); the rule is named by its
    /// `aws_network_acl_rule`, or by the ACL that holds it inline.
    case ruleNumber(of: String)
    /// A network ACL rule's `rule_action` (or `action`).
    case ruleAction(of: String)
    /// A network ACL rule's `protocol`.
    case ruleProtocol(of: String)
    /// A network ACL rule's `cidr_block` (or `ipv6_cidr_block`).
    case ruleBlock(of: String)
    /// An argument of a listener's `redirect` (`protocol`, `port`, `host`, `status_code`).
    case redirectArgument(String)
    /// The `arn` of a `target_group` in a listener's `forward`.
    case forwardTargetGroupARN
}
