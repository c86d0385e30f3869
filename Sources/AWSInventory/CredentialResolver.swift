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
        if isFolder.boolValue { throw AWSError(.configuration, .sharedFileIsFolder(path: path, variable: variable)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AWSError(.configuration, .sharedFileUnreadable(path: path, variable: variable))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw AWSError(.configuration, .sharedFileNotUTF8(path: path, variable: variable))
        }
        return text
    }

    /// The region: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`.
    public func region(explicit: String?) throws(AWSError) -> String {
        let profileName = profile ?? environment["AWS_PROFILE"] ?? "default"
        guard let region = explicit ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? configuration.profile(profileName)?["region"] else {
            throw AWSError(.noRegion, .noRegion(profile: profileName, configFile: configFile))
        }
        guard region.wholeMatch(of: /[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]+/) != nil else {
            throw AWSError(.unknownRegion, .notARegion(region: region))
        }
        return region
    }

    /// The credentials to sign with, and where they came from.
    public func resolve(region: String) async throws(AWSError) -> AWSCredentials {
        let explicitProfile = profile ?? environment["AWS_PROFILE"]
        if explicitProfile == nil {
            if let key = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"], !key.isEmpty, !secret.isEmpty {
                return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }, origin: .environmentKeys)
            }
        }
        let name = explicitProfile ?? "default"
        if configuration.profile(name) != nil {
            return try await credentials(profile: name, configuration: configuration, region: region, chain: [])
        }
        if explicitProfile != nil {
            let known = configuration.profiles.keys.sorted()
            throw AWSError(.noCredentials, .profileNotFound(name: name, credentialsFile: credentialsFile, configFile: configFile, known: known))
        }
        // Here no profile was named, so the environment's keys and the default profile were looked in.
        let instanceMetadata = environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() != "true"
        if instanceMetadata, let found = try await instanceMetadataCredentials() { return found }
        throw AWSError(.noCredentials, .noCredentialsFound(credentialsFile: credentialsFile, configFile: configFile, instanceMetadata: instanceMetadata))
    }

    private func credentials(profile name: String, configuration: SharedConfiguration, region: String, chain: [String]) async throws(AWSError) -> AWSCredentials {
        guard !chain.contains(name) else {
            throw AWSError(.configuration, .profileCycle(chain: chain + [name]))
        }
        guard let settings = configuration.profile(name) else {
            throw AWSError(.noCredentials, .sourceProfileNotFound(name: name, referrer: chain.last ?? "?", credentialsFile: credentialsFile, configFile: configFile))
        }
        if let role = settings["role_arn"] {
            let source: AWSCredentials
            if let sourceProfile = settings["source_profile"] {
                source = try await credentials(profile: sourceProfile, configuration: configuration, region: region, chain: chain + [name])
            } else if settings["credential_source"] == "Environment", let key = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"] {
                source = AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"], origin: .environment)
            } else {
                throw AWSError(.configuration, .roleWithoutSource(profile: name))
            }
            return try await assumeRole(role, settings: settings, profile: name, with: source, region: settings["region"] ?? region)
        }
        if let command = settings["credential_process"] {
            return try await runCredentialProcess(command, profile: name)
        }
        if let key = settings["aws_access_key_id"], let secret = settings["aws_secret_access_key"] {
            return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: settings["aws_session_token"], origin: .profile(name: name))
        }
        if settings["sso_session"] != nil || settings["sso_start_url"] != nil {
            throw AWSError(.configuration, .ssoProfile(profile: name))
        }
        throw AWSError(.noCredentials, .profileWithoutCredentials(profile: name))
    }

    private func assumeRole(_ role: String, settings: [String: String], profile: String, with source: AWSCredentials, region: String) async throws(AWSError) -> AWSCredentials {
        let client = QueryClient(credentials: source, region: region, endpointOverride: endpointOverride)
        var parameters = [("RoleArn", role), ("RoleSessionName", settings["role_session_name"] ?? "albdoctor")]
        if let external = settings["external_id"] { parameters.append(("ExternalId", external)) }
        if let duration = settings["duration_seconds"] { parameters.append(("DurationSeconds", duration)) }
        let root = try await client.call(.assumeRole, parameters)
        guard let credentials = root.path("AssumeRoleResult/Credentials"),
              let key = credentials.string("AccessKeyId"), let secret = credentials.string("SecretAccessKey") else {
            throw AWSError(.malformedResponse, .assumeRoleWithoutCredentials(role: role))
        }
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: credentials.string("SessionToken"),
            expiration: credentials.string("Expiration").flatMap(ISO8601.parse), origin: .assumedRole(profile: profile, role: role))
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
                throw AWSError(.credentialProcess, .credentialProcessTimedOut(profile: profile, seconds: after.components.seconds, output: text))
            case .cannotStart, .reading:
                throw AWSError(.credentialProcess, .credentialProcessFailedToRun(profile: profile, reason: "\(error)"))
            }
        }
        let errorText = result.errorText.trimmingWhitespace()
        guard result.status == 0 else {
            throw AWSError(.credentialProcess, .credentialProcessExited(profile: profile, status: result.status, errorText: errorText))
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
            throw AWSError(.credentialProcess, .credentialProcessInvalidJSON(profile: profile))
        }
        let expiration = parsed.Expiration.flatMap(ISO8601.parse)
        if let expiration, expiration < Date() {
            throw AWSError(.expiredToken, .credentialProcessExpired(profile: profile, expiration: parsed.Expiration ?? ""))
        }
        return AWSCredentials(accessKeyID: parsed.AccessKeyId, secretAccessKey: parsed.SecretAccessKey, sessionToken: parsed.SessionToken, expiration: expiration, origin: .credentialProcess(profile: profile))
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
            throw AWSError(.noCredentials, .instanceWithoutRole(endpoint: base))
        }
        guard let document = await fetch("/latest/meta-data/iam/security-credentials/\(role)", headers: auth) else {
            throw AWSError(.noCredentials, .instanceRoleWithoutCredentials(endpoint: base, role: role))
        }
        struct Document: Decodable {
            var AccessKeyId: String
            var SecretAccessKey: String
            var Token: String?
            var Expiration: String?
        }
        guard let parsed = try? JSONDecoder().decode(Document.self, from: Data(document.utf8)) else {
            throw AWSError(.malformedResponse, .instanceCredentialsUnreadable(endpoint: base, role: role))
        }
        return AWSCredentials(accessKeyID: parsed.AccessKeyId, secretAccessKey: parsed.SecretAccessKey, sessionToken: parsed.Token,
                              expiration: parsed.Expiration.flatMap(ISO8601.parse), origin: .instanceMetadata(role: role))
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
