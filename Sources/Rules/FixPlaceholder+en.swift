extension FixPlaceholder {
    /// The English of every entry.
    var english: String {
        switch self {
        case .vpc: "<the VPC>"
        case .vpcID: "<the VPC's id>"
        case .securityGroupID: "<the security group's id>"
        case .writableBucket: "<a bucket the load balancer may write to>"
        case .certificateARN: "<your ACM certificate ARN>"
        case .forwardToTargetGroup: "<forward to your target group>"
        case .siteCertificateARN: "<ACM certificate ARN for the site's name>"
        case .defaultRouteEndpoint: "<the endpoint of the subnet's default route>"
        case .firewallEndpoint(let firewall, let subnet): "<the endpoint of \(firewall) in \(subnet), passed in>"
        case .passedIn(let attribute, let resource): "<the \(attribute) of \(resource), passed in>"
        case .export(let resource, let stack): "<the export of \(resource) from stack \(stack ?? "?")>"
        }
    }
}
