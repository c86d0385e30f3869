/// Every call albdoctor can make to AWS. It is a closed list of read-only actions (plus STS
/// AssumeRole, which a profile may ask for; and S3 ListObjectsV2 and GetObject, which read the
/// load balancer's logs): the clients take nothing else, so they cannot change an account.
public enum AWSAction: String, Sendable, CaseIterable {
    case describeLoadBalancers = "DescribeLoadBalancers"
    case describeLoadBalancerAttributes = "DescribeLoadBalancerAttributes"
    case describeListeners = "DescribeListeners"
    case describeRules = "DescribeRules"
    case describeTargetGroups = "DescribeTargetGroups"
    case describeTargetHealth = "DescribeTargetHealth"
    case describeVpcs = "DescribeVpcs"
    case describeSubnets = "DescribeSubnets"
    case describeRouteTables = "DescribeRouteTables"
    case describeInternetGateways = "DescribeInternetGateways"
    case describeEgressOnlyInternetGateways = "DescribeEgressOnlyInternetGateways"
    case describeNatGateways = "DescribeNatGateways"
    case describeVpcEndpoints = "DescribeVpcEndpoints"
    case describeNetworkAcls = "DescribeNetworkAcls"
    case describeSecurityGroups = "DescribeSecurityGroups"
    case describeNetworkInterfaces = "DescribeNetworkInterfaces"
    case assumeRole = "AssumeRole"
    case listObjectsV2 = "ListObjectsV2"
    case getObject = "GetObject"

    /// The service that answers it.
    public var service: Service {
        switch self {
        case .describeLoadBalancers, .describeLoadBalancerAttributes, .describeListeners, .describeRules,
             .describeTargetGroups, .describeTargetHealth:
            .elasticLoadBalancing
        case .assumeRole:
            .sts
        case .listObjectsV2, .getObject:
            .s3
        default:
            .ec2
        }
    }

    /// The IAM permission it needs, e.g. `ec2:DescribeRouteTables`.
    public var permission: String {
        // ListObjectsV2 is allowed by the s3:ListBucket permission.
        self == .listObjectsV2 ? "s3:ListBucket" : "\(service.iamPrefix):\(rawValue)"
    }

    public enum Service: String, Sendable {
        case ec2
        case elasticLoadBalancing = "elasticloadbalancing"
        case sts
        case s3

        /// The Query API version.
        package var version: String {
            switch self {
            case .ec2: "2016-11-15"
            case .elasticLoadBalancing: "2015-12-01"
            case .sts: "2011-06-15"
            case .s3: "2006-03-01"
            }
        }

        var iamPrefix: String { self == .elasticLoadBalancing ? "elasticloadbalancing" : rawValue }

        /// The regional endpoint.
        package func endpoint(region: String) -> String {
            "https://\(rawValue).\(region).amazonaws.com\(region.hasPrefix("cn-") ? ".cn" : "")"
        }
    }
}
