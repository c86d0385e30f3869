internal import Findings

extension ViewText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .probeRead(let addresses, let host, let resolvedBy, let tries):
            "\(counted(addresses, "address", plural: "addresses")) of \(host) (resolved by \(resolvedBy)), \(tries) tries each"
        case .accountRead(let source, let loadBalancers, let subnets):
            "\(source): \(counted(loadBalancers, "load balancer")), \(counted(subnets, "subnet"))"
        case .logsRead(let files, let source, let requests, let connections, let period):
            "\(counted(files, "file")) from \(source), \(requests) requests and \(connections) connections in \(period)"
        case .probeChecked(let host, let addresses, let tries):
            "probe: every address of \(host) (\(addresses.joined(separator: ", "))) connected and answered TLS and HTTP in \(tries) tries"
        case .accountChecked(let loadBalancer, let source):
            "account: \(loadBalancer.map { "\($0)'s subnets, route tables, network ACLs and security groups" } ?? "every load balancer in \(source)") pass the rules"
        case .logsChecked(let tlsFailures, let period):
            "logs: no redirected client went missing and \(tlsFailures) TLS handshakes failed in \(period)"
        case .templatesChecked(let scope): "templates: \(scope.english) pass the rules"
        case .loadBalancerWritesNoLogs(let loadBalancer, let disabled): "\(loadBalancer) writes no logs: \(disabled.map(\.english).joined(separator: "; "))"
        case .noLogsNoAccount: "no --logs, and no account to find the load balancer's log bucket in"
        case .noLogsNoLoadBalancer: "no --logs, and the account has no load balancer for this name"
        case .logsNeedCredentials(let locations, let problem): "reading \(locations) needs AWS credentials: \(problem.english)"
        case .logsWouldAdd: "since when clients fail and how many (redirected clients who never arrived), and which node wrote nothing"
        case .accountWouldAdd:
            "which load-balancer node, subnet and route table each address is, why it cannot answer, and the AWS CLI command that fixes it"
        case .enableLogsOnLoadBalancer(let arn):
            "aws elbv2 modify-load-balancer-attributes --load-balancer-arn \(arn) --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=BUCKET Key=connection_logs.s3.enabled,Value=true Key=connection_logs.s3.bucket,Value=BUCKET; or pass --logs PATH"
        case .passLogs: "pass --logs PATH"
        case .passLogsOrBucket: "pass --logs PATH or --logs s3://BUCKET/PREFIX"
        case .passReadableLogs: "pass --logs with a readable file or folder"
        case .passLogCredentials: "pass --profile NAME (or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), or download the logs and pass --logs PATH"
        case .allowS3(let locations): "allow s3:ListBucket and s3:GetObject on \(locations), or download the logs and pass --logs PATH"
        case .passAccountCredentials:
            "pass --profile NAME and --region REGION (or set AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_REGION), or --snapshot FILE saved by `albdoctor aws --save-snapshot`"
        case .allowDescribe: "allow the Describe actions listed in `albdoctor aws --help`"
        case .fixErrorAbove: "fix the error above and run again, or use --snapshot FILE"
        }
    }
}
