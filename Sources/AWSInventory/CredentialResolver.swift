internal import AsyncHTTPClient
internal import ChildProcess
internal import Foundation
internal import NIOCore
internal import NIOHTTP1

/// Finds credentials and region the way the AWS CLI does: `--profile` (or `AWS_PROFILE`) in the
/// shared files; else `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN`; else the
/// `default` profile; else the EC2 instance metadata service (IMDSv2). Profiles may hold keys, a
/// `credential_process`, or a `role_arn` with a `source_profile` (assumed with STS).
public struct CredentialResolver: Sendable {
    public let environment: [String: String]
    public let profile: String?
    /// `--endpoint-url`, used for STS too when set.
    public let endpointOverride: String?
    /// How long a profile's `credential_process` may run (60 s, as the AWS CLI allows).
    public let credentialProcessTimeout: Duration

    let credentialsFile: String
    let configFile: String
    /// Both shared files, read once.
    private let configuration: SharedConfiguration

    /// Reads the shared files once. A file that is absent is skipped, as the AWS CLI does; one
    /// that is there but cannot be read (a folder, no permission, not UTF-8) is an error.
    public init(environment: [String: String], profile: String? = nil, endpointOverride: String? = nil, credentialProcessTimeout: Duration = .seconds(60)) throws(AWSError) {
        self.environment = environment
        self.credentialProcessTimeout = credentialProcessTimeout
        self.profile = profile
        self.endpointOverride = endpointOverride
        let home = environment["HOME"] ?? NSHomeDirectory()
        credentialsFile = environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "\(home)/.aws/credentials"
        configFile = environment["AWS_CONFIG_FILE"] ?? "\(home)/.aws/config"
        configuration = SharedConfiguration(
            credentialsFile: try Self.sharedFile(credentialsFile, variable: "AWS_SHARED_CREDENTIALS_FILE"),
            configFile: try Self.sharedFile(configFile, variable: "AWS_CONFIG_FILE"))
    }

    /// A shared file's text; nil when there is no such file.
    private static func sharedFile(_ path: String, variable: String) throws(AWSError) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { throw AWSError(.configuration, "cannot read \(path): it is a folder, not a file; remove it, or set \(variable) to another file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AWSError(.configuration, "cannot read \(path): permission denied or an I/O error; fix its permissions, or set \(variable) to another file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw AWSError(.configuration, "\(path) is not UTF-8 text, so its profiles cannot be read; save it as UTF-8, or set \(variable) to another file")
        }
        return text
    }

    /// The region: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`.
    public func region(explicit: String?) throws(AWSError) -> String {
        let profileName = profile ?? environment["AWS_PROFILE"] ?? "default"
        guard let region = explicit ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? configuration.profile(profileName)?["region"] else {
            throw AWSError(.noRegion, "no region given: pass --region, set AWS_REGION, or add `region = …` to profile \(profileName) in \(configFile)")
        }
        guard region.wholeMatch(of: /[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]+/) != nil else {
            throw AWSError(.unknownRegion, "'\(region)' is not an AWS region name; expected e.g. ap-northeast-1")
        }
        return region
    }

    /// The credentials to sign with, and where they came from.
    public func resolve(region: String) async throws(AWSError) -> AWSCredentials {
        var looked: [String] = []
        let explicitProfile = profile ?? environment["AWS_PROFILE"]
        if explicitProfile == nil {
            if let key = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"], !key.isEmpty, !secret.isEmpty {
                return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }, source: "the environment (AWS_ACCESS_KEY_ID)")
            }
            looked.append("AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY")
        }
        let name = explicitProfile ?? "default"
        if configuration.profile(name) != nil {
            return try await credentials(profile: name, configuration: configuration, region: region, chain: [])
        }
        if explicitProfile != nil {
            let known = configuration.profiles.keys.sorted()
            throw AWSError(.noCredentials, "profile '\(name)' is not in \(credentialsFile) or \(configFile)\(known.isEmpty ? "" : "; profiles there: \(known.joined(separator: ", "))")")
        }
        looked.append("profile default in \(credentialsFile) and \(configFile)")
        if environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() != "true" {
            if let found = try await instanceMetadataCredentials() { return found }
            looked.append("the EC2 instance metadata service")
        }
        throw AWSError(.noCredentials, "no AWS credentials found; looked in \(looked.joined(separator: ", ")). Set AWS_PROFILE or AWS_ACCESS_KEY_ID, or run `aws configure`")
    }

    private func credentials(profile name: String, configuration: SharedConfiguration, region: String, chain: [String]) async throws(AWSError) -> AWSCredentials {
        guard !chain.contains(name) else {
            throw AWSError(.configuration, "profiles refer to each other in a circle: \((chain + [name]).joined(separator: " → "))")
        }
        guard let settings = configuration.profile(name) else {
            throw AWSError(.noCredentials, "profile '\(name)' (the source_profile of \(chain.last ?? "?")) is not in \(credentialsFile) or \(configFile)")
        }
        if let role = settings["role_arn"] {
            let source: AWSCredentials
            if let sourceProfile = settings["source_profile"] {
                source = try await credentials(profile: sourceProfile, configuration: configuration, region: region, chain: chain + [name])
            } else if settings["credential_source"] == "Environment", let key = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"] {
                source = AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"], source: "the environment")
            } else {
                throw AWSError(.configuration, "profile \(name) has role_arn but no source_profile (or credential_source = Environment) to assume it with")
            }
            return try await assumeRole(role, settings: settings, profile: name, with: source, region: settings["region"] ?? region)
        }
        if let command = settings["credential_process"] {
            return try await runCredentialProcess(command, profile: name)
        }
        if let key = settings["aws_access_key_id"], let secret = settings["aws_secret_access_key"] {
            return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: settings["aws_session_token"], source: "profile \(name)")
        }
        if settings["sso_session"] != nil || settings["sso_start_url"] != nil {
            throw AWSError(.configuration, "profile \(name) uses IAM Identity Center (SSO), which albdoctor does not read; run `aws configure export-credentials --profile \(name) --format env` and use the environment variables it prints")
        }
        throw AWSError(.noCredentials, "profile \(name) has no aws_access_key_id/aws_secret_access_key, credential_process or role_arn")
    }

    private func assumeRole(_ role: String, settings: [String: String], profile: String, with source: AWSCredentials, region: String) async throws(AWSError) -> AWSCredentials {
        let client = QueryClient(credentials: source, region: region, endpointOverride: endpointOverride)
        var parameters = [("RoleArn", role), ("RoleSessionName", settings["role_session_name"] ?? "albdoctor")]
        if let external = settings["external_id"] { parameters.append(("ExternalId", external)) }
        if let duration = settings["duration_seconds"] { parameters.append(("DurationSeconds", duration)) }
        let root = try await client.call(.assumeRole, parameters)
        guard let credentials = root.path("AssumeRoleResult/Credentials"),
              let key = credentials.string("AccessKeyId"), let secret = credentials.string("SecretAccessKey") else {
            throw AWSError(.malformedResponse, "STS AssumeRole for \(role) answered without credentials")
        }
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: credentials.string("SessionToken"),
            expiration: credentials.string("Expiration").flatMap(ISO8601.parse), source: "profile \(profile) (assumed role \(role))")
    }

    /// Runs a profile's `credential_process` through `/bin/sh -c` as the AWS CLI does: standard
    /// output and error read as they come, a 60 s deadline, and on failure the exit status with
    /// the end of what it wrote to standard error.
    private func runCredentialProcess(_ command: String, profile: String) async throws(AWSError) -> AWSCredentials {
        let result: ChildProcess.Result
        do {
            result = try await ChildProcess.run("/bin/sh", ["-c", command], timeout: credentialProcessTimeout, errorLimit: 2048)
        } catch {
            switch error {
            case .timedOut(_, let after, let tail):
                let text = String(decoding: tail, as: UTF8.self).trimmingWhitespace()
                throw AWSError(.credentialProcess, "the credential_process of profile \(profile) did not finish within \(after.components.seconds) s and was stopped\(text.isEmpty ? "" : "; it wrote: \(text)")")
            case .cannotStart, .reading:
                throw AWSError(.credentialProcess, "the credential_process of profile \(profile): \(error)")
            }
        }
        let errorText = result.errorText.trimmingWhitespace()
        guard result.status == 0 else {
            throw AWSError(.credentialProcess, "the credential_process of profile \(profile) exited with \(result.status)\(errorText.isEmpty ? "" : ": \(errorText)")")
        }
        let data = Data(result.output)
        struct Output: Decodable {
            var Version: Int
            var AccessKeyId: String
            var SecretAccessKey: String
            var SessionToken: String?
            var Expiration: String?
        }
        guard let parsed = try? JSONDecoder().decode(Output.self, from: data), parsed.Version == 1 else {
            throw AWSError(.credentialProcess, "the credential_process of profile \(profile) printed no valid JSON; expected {\"Version\": 1, \"AccessKeyId\": …, \"SecretAccessKey\": …}")
        }
        let expiration = parsed.Expiration.flatMap(ISO8601.parse)
        if let expiration, expiration < Date() {
            throw AWSError(.expiredToken, "the credential_process of profile \(profile) returned credentials that expired at \(parsed.Expiration ?? "")")
        }
        return AWSCredentials(accessKeyID: parsed.AccessKeyId, secretAccessKey: parsed.SecretAccessKey, sessionToken: parsed.SessionToken, expiration: expiration, source: "profile \(profile) (credential_process)")
    }

    /// IMDSv2: a session token, then the role's credentials. Nil when no metadata service answers.
    private func instanceMetadataCredentials() async throws(AWSError) -> AWSCredentials? {
        let base = (environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] ?? "http://169.254.169.254").trimmingSuffix("/")
        func fetch(_ path: String, method: HTTPMethod = .GET, headers: [(String, String)]) async -> String? {
            var request = HTTPClientRequest(url: base + path)
            request.method = method
            for header in headers { request.headers.add(name: header.0, value: header.1) }
            guard let response = try? await HTTPTransport.client.execute(request, timeout: .seconds(2)), response.status == .ok,
                  let body = try? await response.body.collect(upTo: 1 << 20) else { return nil }
            return String(buffer: body)
        }
        guard let token = await fetch("/latest/api/token", method: .PUT, headers: [("X-aws-ec2-metadata-token-ttl-seconds", "21600")]) else { return nil }
        let auth = [("X-aws-ec2-metadata-token", token)]
        guard let roles = await fetch("/latest/meta-data/iam/security-credentials/", headers: auth),
              let role = roles.split(separator: "\n").first.map(String.init) else {
            throw AWSError(.noCredentials, "the instance metadata service at \(base) answered, but this instance has no IAM role")
        }
        guard let document = await fetch("/latest/meta-data/iam/security-credentials/\(role)", headers: auth) else {
            throw AWSError(.noCredentials, "the instance metadata service at \(base) gave no credentials for role \(role)")
        }
        struct Document: Decodable {
            var AccessKeyId: String
            var SecretAccessKey: String
            var Token: String?
            var Expiration: String?
        }
        guard let parsed = try? JSONDecoder().decode(Document.self, from: Data(document.utf8)) else {
            throw AWSError(.malformedResponse, "the instance metadata service at \(base) answered role \(role) with unreadable credentials")
        }
        return AWSCredentials(accessKeyID: parsed.AccessKeyId, secretAccessKey: parsed.SecretAccessKey, sessionToken: parsed.Token,
                              expiration: parsed.Expiration.flatMap(ISO8601.parse), source: "the instance metadata service (role \(role))")
    }
}

/// ISO 8601 timestamps as AWS writes them, with or without fractional seconds.
enum ISO8601 {
    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
