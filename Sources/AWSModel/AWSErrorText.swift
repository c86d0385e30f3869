package import Localization

/// The messages of `AWSError`, by typed key: why reading the account, a profile or a snapshot
/// failed, and what to do. English in `AWSErrorText+en.swift`, Japanese in `AWSErrorText+ja.swift`.
/// What AWS, a transport or a decoder said comes as it was written (`awsMessage`, `reason`) and is
/// shown as it is in both languages.
package enum AWSErrorText: CatalogEntry {
    /// `--load-balancer` named load balancers the region does not have; `found` are those it has.
    case loadBalancersNotFound(missing: [String], region: String, found: [String])
    /// The inventory could not be encoded as a snapshot.
    case snapshotNotEncodable(reason: String)
    /// A `--snapshot` file that is not JSON.
    case snapshotNotJSON(file: String)
    /// A `--snapshot` file of another format version (`format` nil: none written).
    case snapshotFormat(file: String, format: Int?, reads: Int)
    /// A `--snapshot` file without a key the format requires, at a coding path.
    case snapshotLacksKey(file: String, key: String, path: String)
    /// A `--snapshot` file the decoder refused.
    case snapshotInvalid(file: String, reason: String)
    /// A `--snapshot` file that is not there or cannot be read.
    case snapshotUnreadable(path: String)
    /// `--endpoint-url` (or a service's endpoint) that is not a URL.
    case endpointNotURL(endpoint: String)
    /// A 2xx answer whose body is not AWS's XML.
    case notAWSXML(endpoint: String, action: String, reason: String)
    /// AWS refused the call for want of a permission (`s3`: a call for the logs).
    case accessDenied(credentials: AWSCredentials, permission: String, s3: Bool, awsMessage: String)
    /// The credentials' session token has expired.
    case expiredToken(credentials: AWSCredentials, awsMessage: String)
    /// AWS does not know the key, or the secret is wrong (`code`: AWS's error code).
    case invalidCredentials(credentials: AWSCredentials, code: String, awsMessage: String)
    /// The region is not enabled for the account, or does not exist.
    case regionNotEnabled(region: String, awsMessage: String)
    /// Any other error AWS answered with.
    case serviceFailed(permission: String, status: Int, code: String?, awsMessage: String)
    /// Reading the account failed in a way that is not one of AWS's answers.
    case readingFailed(reason: String)
    /// A shared file (`~/.aws/credentials`, `~/.aws/config`) that is a folder; `variable` names another file.
    case sharedFileIsFolder(path: String, variable: String)
    /// A shared file that cannot be read.
    case sharedFileUnreadable(path: String, variable: String)
    /// A shared file that is not UTF-8.
    case sharedFileNotUTF8(path: String, variable: String)
    /// No region in the flags, the environment or the profile.
    case noRegion(profile: String, configFile: String)
    /// A region that is not shaped like an AWS region name.
    case notARegion(region: String)
    /// `--profile` (or `AWS_PROFILE`) names a profile in neither file; `known` are those there.
    case profileNotFound(name: String, credentialsFile: String, configFile: String, known: [String])
    /// No credentials anywhere: the environment, the default profile, and (`instanceMetadata`) the
    /// instance metadata service were looked in.
    case noCredentialsFound(credentialsFile: String, configFile: String, instanceMetadata: Bool)
    /// Profiles whose `source_profile`s form a circle.
    case profileCycle(chain: [String])
    /// A `source_profile` that names a profile in neither file.
    case sourceProfileNotFound(name: String, referrer: String, credentialsFile: String, configFile: String)
    /// A profile with `role_arn` and nothing to assume it with.
    case roleWithoutSource(profile: String)
    /// A profile that uses IAM Identity Center (SSO).
    case ssoProfile(profile: String)
    /// A profile without keys, `credential_process` or `role_arn`.
    case profileWithoutCredentials(profile: String)
    /// STS AssumeRole answered without credentials.
    case assumeRoleWithoutCredentials(role: String)
    /// A `credential_process` that ran past its deadline; `output` is the end of what it wrote.
    case credentialProcessTimedOut(profile: String, seconds: Int64, output: String)
    /// A `credential_process` that could not be started or read.
    case credentialProcessFailedToRun(profile: String, reason: String)
    /// A `credential_process` that exited with a status other than 0; `errorText` is its standard error.
    case credentialProcessExited(profile: String, status: Int32, errorText: String)
    /// A `credential_process` whose output is not the JSON the AWS CLI expects.
    case credentialProcessInvalidJSON(profile: String)
    /// A `credential_process` that returned credentials already expired.
    case credentialProcessExpired(profile: String, expiration: String)
    /// The instance metadata service answered, but the instance has no IAM role.
    case instanceWithoutRole(endpoint: String)
    /// The instance metadata service gave no credentials for the role.
    case instanceRoleWithoutCredentials(endpoint: String, role: String)
    /// The instance metadata service's credentials for the role could not be read.
    case instanceCredentialsUnreadable(endpoint: String, role: String)
    /// S3 answered ListObjectsV2 with a body that is not XML.
    case s3NotXML(bucket: String, reason: String)
    /// No S3 URL can be made from the endpoint and the bucket.
    case s3URL(base: String, bucket: String)
    /// The endpoint did not answer, after `attempts` tries.
    case unreachable(endpoint: String, permission: String, attempts: Int, reason: String)
    /// An answer with an error status whose body is not AWS's XML.
    case notAWSXMLWithStatus(endpoint: String, action: String, status: Int, reason: String)
    /// The task was cancelled while waiting to try a call again.
    case cancelled(permission: String, endpoint: String)
}
