extension DiagnoseHelp {
    /// The English of every entry: the words the help had before the catalog, unchanged.
    public var english: String {
        switch self {
        case .abstract: "From a URL to the root cause: which address fails, which node, subnet and route table it is, since when, how many clients, and the fix."
        case .discussion:
            """
            Joins the other views in one run. It probes every address of the URL (several tries \
            to each address at once, so an intermittent one shows within one connect timeout); \
            finds the load balancer in the account by the name's CNAME chain or by the network \
            interface holding each address, then each address's node, subnet and route table and \
            the rules `aws` runs; reads the load balancer's access and connection logs for the \
            period from the S3 bucket its attributes name (or --logs), per node; and, with \
            --templates, names the template resource to change. A view that cannot be used (no \
            credentials, no logs, AccessDenied) is named with what it would add and how to enable \
            it; the others go on. Only read-only calls are made (the Describe actions of `aws`, \
            s3:ListBucket and s3:GetObject).

            Examples:
              albdoctor diagnose https://test.jp/
              albdoctor diagnose test.jp --profile prod --region ap-northeast-1
              albdoctor diagnose test.jp --snapshot tokyo.json --logs ~/alb-logs/
              albdoctor diagnose test.jp --logs s3://my-logs/prod --since 2025-12-25T22:00:00Z
              albdoctor diagnose test.jp --templates network.yaml alb.yaml --format json
              albdoctor diagnose test.jp --templates parent.yaml --template-url https://bucket.s3.amazonaws.com/vpc.yaml=stacks/vpc.yaml

            Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 bad input \
            (a name that does not resolve, an unreadable file); 3 internal error.
            """
        case .target: "The URL (or host name) clients fail on."
        case .rounds: "Tries to each address, all at once."
        case .profile: "The AWS profile (as `aws`)."
        case .endpointURL: "Send every AWS call (EC2, ELBv2, S3) to this endpoint (moto, LocalStack); S3 is then addressed path-style."
        case .snapshot: "Use a snapshot saved by `albdoctor aws --save-snapshot` instead of calling the account (reading logs from S3 still needs credentials)."
        case .logs: "Read logs here (files, folders, or s3://BUCKET/PREFIX) instead of the bucket the load balancer's attributes name; repeatable."
        case .since: "Read logs from this time (\(OptionGroupHelp.timeValues.english)). Default: 3 hours before --until."
        case .until: "Read logs up to this time. Default: now."
        case .templates: "CloudFormation templates or folders (as `lint`): the resource to change and the snippet."
        }
    }
}
