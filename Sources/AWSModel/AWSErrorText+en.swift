extension AWSErrorText {
    /// The English of every entry.
    package var english: String {
        switch self {
        case .loadBalancersNotFound(let missing, let region, let found):
            "no load balancer \(missing.joined(separator: ", ")) in \(region); \(found.isEmpty ? "the region has none" : "it has \(found.joined(separator: ", "))")"
        case .snapshotNotEncodable(let reason):
            "cannot write the snapshot as JSON: \(reason)"
        case .snapshotNotJSON(let file):
            "\(file) is not an albdoctor snapshot (not JSON); make one with `albdoctor aws --save-snapshot FILE`"
        case .snapshotFormat(let file, let format, let reads):
            "\(file) is a snapshot of format \(format.map(String.init) ?? "unknown"); this albdoctor reads format \(reads)"
        case .snapshotLacksKey(let file, let key, let path):
            "\(file) lacks '\(key)' at \(path)"
        case .snapshotInvalid(let file, let reason):
            "\(file) is not a valid snapshot: \(reason)"
        case .snapshotUnreadable(let path):
            "\(path): no such file or unreadable"
        case .endpointNotURL(let endpoint):
            "the endpoint '\(endpoint)' is not a URL; expected e.g. http://127.0.0.1:5000"
        case .notAWSXML(let endpoint, let action, let reason):
            "\(endpoint) answered \(action) with a body that is not AWS XML (\(reason)); is --endpoint-url an AWS API endpoint?"
        case .accessDenied(let credentials, let permission, let s3, let awsMessage):
            "\(credentials) may not call \(permission); allow it in the IAM policy (\(s3 ? "albdoctor reads logs with s3:ListBucket and s3:GetObject only" : "albdoctor needs only the Describe actions listed in `albdoctor aws --help`"))\(Self.awsSaid(awsMessage))"
        case .expiredToken(let credentials, let awsMessage):
            "the session token of \(credentials) has expired; get new credentials (e.g. `aws sso login` or a new assume-role session) and run again\(Self.awsSaid(awsMessage))"
        case .invalidCredentials(let credentials, let code, let awsMessage):
            "AWS rejected \(credentials) (\(code)): the key is unknown, deleted, or its secret is wrong\(Self.awsSaid(awsMessage))"
        case .regionNotEnabled(let region, let awsMessage):
            "region \(region) is not enabled for this account or does not exist\(Self.awsSaid(awsMessage))"
        case .serviceFailed(let permission, let status, let code, let awsMessage):
            "\(permission) failed with HTTP \(status)\(code.map { " \($0)" } ?? "")\(Self.awsSaid(awsMessage))"
        case .readingFailed(let reason):
            "reading the account failed: \(reason)"
        case .sharedFileIsFolder(let path, let variable):
            "cannot read \(path): it is a folder, not a file; remove it, or set \(variable) to another file"
        case .sharedFileUnreadable(let path, let variable):
            "cannot read \(path): permission denied or an I/O error; fix its permissions, or set \(variable) to another file"
        case .sharedFileNotUTF8(let path, let variable):
            "\(path) is not UTF-8 text, so its profiles cannot be read; save it as UTF-8, or set \(variable) to another file"
        case .noRegion(let profile, let configFile):
            "no region given: pass --region, set AWS_REGION, or add `region = …` to profile \(profile) in \(configFile)"
        case .notARegion(let region):
            "'\(region)' is not an AWS region name; expected e.g. ap-northeast-1"
        case .profileNotFound(let name, let credentialsFile, let configFile, let known):
            "profile '\(name)' is not in \(credentialsFile) or \(configFile)\(known.isEmpty ? "" : "; profiles there: \(known.joined(separator: ", "))")"
        case .noCredentialsFound(let credentialsFile, let configFile, let instanceMetadata):
            "no AWS credentials found; looked in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, profile default in \(credentialsFile) and \(configFile)\(instanceMetadata ? ", the EC2 instance metadata service" : ""). Set AWS_PROFILE or AWS_ACCESS_KEY_ID, or run `aws configure`"
        case .profileCycle(let chain):
            "profiles refer to each other in a circle: \(chain.joined(separator: " → "))"
        case .sourceProfileNotFound(let name, let referrer, let credentialsFile, let configFile):
            "profile '\(name)' (the source_profile of \(referrer)) is not in \(credentialsFile) or \(configFile)"
        case .roleWithoutSource(let profile):
            "profile \(profile) has role_arn but no source_profile (or credential_source = Environment) to assume it with"
        case .ssoProfile(let profile):
            "profile \(profile) uses IAM Identity Center (SSO), which albdoctor does not read; run `aws configure export-credentials --profile \(profile) --format env` and use the environment variables it prints"
        case .profileWithoutCredentials(let profile):
            "profile \(profile) has no aws_access_key_id/aws_secret_access_key, credential_process or role_arn"
        case .assumeRoleWithoutCredentials(let role):
            "STS AssumeRole for \(role) answered without credentials"
        case .credentialProcessTimedOut(let profile, let seconds, let output):
            "the credential_process of profile \(profile) did not finish within \(seconds) s and was stopped\(output.isEmpty ? "" : "; it wrote: \(output)")"
        case .credentialProcessFailedToRun(let profile, let reason):
            "the credential_process of profile \(profile): \(reason)"
        case .credentialProcessExited(let profile, let status, let errorText):
            "the credential_process of profile \(profile) exited with \(status)\(errorText.isEmpty ? "" : ": \(errorText)")"
        case .credentialProcessInvalidJSON(let profile):
            "the credential_process of profile \(profile) printed no valid JSON; expected {\"Version\": 1, \"AccessKeyId\": …, \"SecretAccessKey\": …}"
        case .credentialProcessExpired(let profile, let expiration):
            "the credential_process of profile \(profile) returned credentials that expired at \(expiration)"
        case .instanceWithoutRole(let endpoint):
            "the instance metadata service at \(endpoint) answered, but this instance has no IAM role"
        case .instanceRoleWithoutCredentials(let endpoint, let role):
            "the instance metadata service at \(endpoint) gave no credentials for role \(role)"
        case .instanceCredentialsUnreadable(let endpoint, let role):
            "the instance metadata service at \(endpoint) answered role \(role) with unreadable credentials"
        case .s3NotXML(let bucket, let reason):
            "S3 answered ListObjectsV2 on \(bucket) with a body that is not XML (\(reason))"
        case .s3URL(let base, let bucket):
            "cannot make an S3 URL from '\(base)' and bucket '\(bucket)'; expected e.g. --endpoint-url http://127.0.0.1:5000"
        case .unreachable(let endpoint, let permission, let attempts, let reason):
            "cannot reach \(endpoint) for \(permission) after \(attempts) attempts: \(reason); check the region, the network, or --endpoint-url"
        case .notAWSXMLWithStatus(let endpoint, let action, let status, let reason):
            "\(endpoint) answered \(action) with HTTP \(status) and a body that is not AWS XML (\(reason)); is --endpoint-url an AWS API endpoint?"
        case .cancelled(let permission, let endpoint):
            "stopped while waiting to call \(permission) again at \(endpoint)"
        }
    }

    /// What AWS said, after the sentence: ` (AWS said: …)`, or nothing when it said nothing.
    private static func awsSaid(_ awsMessage: String) -> String {
        awsMessage.isEmpty ? "" : " (AWS said: \(awsMessage))"
    }
}
