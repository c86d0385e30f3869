extension AWSHelp {
    /// The English of every entry: the words the help had before the catalog, unchanged.
    public var english: String {
        switch self {
        case .abstract: "Check a live account (or a snapshot): which node, subnet and route is broken right now?"
        case .discussion(let permissions):
            """
            Reads one region with read-only calls, builds the same network model that `lint` \
            builds from templates, runs the same rules, and names each load-balancer node's \
            public address where AWS shows it. Credentials and region are found as the AWS CLI \
            finds them (environment, ~/.aws/credentials and ~/.aws/config with profiles, \
            credential_process, role_arn + source_profile, instance metadata).

            IAM permissions needed (all read-only): \(permissions); \
            plus sts:AssumeRole when a profile names a role.

            Examples:
              albdoctor aws --profile prod --region ap-northeast-1
              albdoctor aws --load-balancer test-alb --save-snapshot tokyo.json
              albdoctor aws --snapshot tokyo.json            # offline, same findings
              albdoctor aws --endpoint-url http://127.0.0.1:5000   # moto or LocalStack
            """
        case .profile: "The profile in ~/.aws/config or ~/.aws/credentials (default: AWS_PROFILE, else the environment's keys, else 'default')."
        case .region: "The region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region)."
        case .loadBalancer: "Check only this load balancer (name or ARN); repeatable. Default: all in the region."
        case .endpointURL: "Send every call to this endpoint (moto, LocalStack). Default: AWS_ENDPOINT_URL, else AWS's regional endpoints."
        case .saveSnapshot: "Also write what was read, as JSON without credentials, to this file."
        case .snapshot: "Analyse a saved snapshot instead of calling AWS."
        }
    }
}
