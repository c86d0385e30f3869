import AWSInventory
import Foundation
import Testing
import _TestSupport

@Suite(.timeLimit(.minutes(3))) struct CredentialResolverTests {
    /// A home folder with the given ~/.aws files; IMDS is off unless a test turns it on.
    struct Home {
        let path: String
        var environment: [String: String]

        init(credentials: String? = nil, config: String? = nil) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-home-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path + "/.aws", withIntermediateDirectories: true)
            if let credentials { try credentials.write(toFile: path + "/.aws/credentials", atomically: true, encoding: .utf8) }
            if let config { try config.write(toFile: path + "/.aws/config", atomically: true, encoding: .utf8) }
            environment = ["HOME": path, "AWS_EC2_METADATA_DISABLED": "true"]
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func environmentKeysComeFirst() async throws {
        var home = try Home(credentials: "[default]\naws_access_key_id = FROMFILE\naws_secret_access_key = s\n")
        defer { home.remove() }
        home.environment["AWS_ACCESS_KEY_ID"] = "FROMENV"
        home.environment["AWS_SECRET_ACCESS_KEY"] = "secret"
        home.environment["AWS_SESSION_TOKEN"] = "token"
        let credentials = try await CredentialResolver(environment: home.environment).resolve(region: "us-east-1")
        #expect(credentials.accessKeyID == "FROMENV")
        #expect(credentials.sessionToken == "token")
        #expect(!credentials.description.contains("secret"))
    }

    /// Both files, with Unix line endings and as saved on Windows (CR LF): every profile and key is read.
    @Test(arguments: ["\n", "\r\n"])
    func profilesFromBothFilesAndRegionFromConfig(lineEnding: String) async throws {
        func lines(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: lineEnding) }
        let home = try Home(
            credentials: lines("# comment\n[dev]\naws_access_key_id = AKIADEV\naws_secret_access_key = devsecret ; trailing comment\n"),
            config: lines("[default]\nregion = eu-west-1\n[profile dev]\nregion = ap-northeast-1\ns3 =\n  max_concurrent_requests = 10\n"))
        defer { home.remove() }
        let resolver = try CredentialResolver(environment: home.environment, profile: "dev")
        #expect(try resolver.region(explicit: nil) == "ap-northeast-1")
        #expect(try resolver.region(explicit: "us-west-2") == "us-west-2")
        let credentials = try await resolver.resolve(region: "ap-northeast-1")
        #expect(credentials.accessKeyID == "AKIADEV")
        #expect(credentials.secretAccessKey == "devsecret")
        #expect(credentials.source == "profile dev")
        var withEnvironment = home.environment
        withEnvironment["AWS_PROFILE"] = "dev"
        withEnvironment["AWS_ACCESS_KEY_ID"] = "IGNORED"
        withEnvironment["AWS_SECRET_ACCESS_KEY"] = "IGNORED"
        #expect(try await CredentialResolver(environment: withEnvironment).resolve(region: "us-east-1").accessKeyID == "AKIADEV")
    }

    @Test func credentialProcessOutputIsUsed() async throws {
        let script = "printf '{\"Version\": 1, \"AccessKeyId\": \"AKIAPROC\", \"SecretAccessKey\": \"procsecret\", \"SessionToken\": \"proctoken\", \"Expiration\": \"2099-01-01T00:00:00Z\"}'"
        let home = try Home(config: "[profile proc]\ncredential_process = \(script)\n")
        defer { home.remove() }
        let credentials = try await CredentialResolver(environment: home.environment, profile: "proc").resolve(region: "us-east-1")
        #expect(credentials.accessKeyID == "AKIAPROC")
        #expect(credentials.sessionToken == "proctoken")
        #expect(credentials.source == "profile proc (credential_process)")
    }

    @Test func credentialProcessFailureSaysWhy() async throws {
        let home = try Home(config: "[profile broken]\ncredential_process = sh -c 'echo token expired >&2; exit 3'\n")
        defer { home.remove() }
        do {
            _ = try await CredentialResolver(environment: home.environment, profile: "broken").resolve(region: "us-east-1")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "the credential_process of profile broken exited with 3: token expired")
        }
    }

    @Test(.timeLimit(.minutes(1))) func credentialProcessMayWriteMuchToStandardErrorFirst() async throws {
        // 1 MiB of warnings before the JSON: a reader that takes standard output first and standard
        // error after would wait for ever on a full pipe.
        var home = try Home()
        let script = home.path + "/loud.sh"
        try "#!/bin/sh\nyes warning | head -c 1048576 >&2\nprintf '{\"Version\": 1, \"AccessKeyId\": \"AKIALOUD\", \"SecretAccessKey\": \"s\"}'\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        try "[profile loud]\ncredential_process = /bin/sh \(script)\n".write(toFile: home.path + "/.aws/config", atomically: true, encoding: .utf8)
        home.environment["AWS_CONFIG_FILE"] = home.path + "/.aws/config"
        defer { home.remove() }
        let credentials = try await CredentialResolver(environment: home.environment, profile: "loud").resolve(region: "us-east-1")
        #expect(credentials.accessKeyID == "AKIALOUD")
    }

    @Test(.timeLimit(.minutes(1))) func credentialProcessThatHangsIsStoppedAtItsDeadline() async throws {
        // The sleeping grandchild holds the pipes open; the whole process group must go.
        let home = try Home(config: "[profile stuck]\ncredential_process = sh -c 'echo waiting for MFA >&2; sleep 300; echo never'\n")
        defer { home.remove() }
        // The suite's time limit catches a hang; the message says the deadline stopped it.
        do {
            _ = try await CredentialResolver(environment: home.environment, profile: "stuck", credentialProcessTimeout: .seconds(1)).resolve(region: "us-east-1")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "the credential_process of profile stuck did not finish within 1 s and was stopped; it wrote: waiting for MFA")
        }
    }

    @Test func credentialProcessThatCannotStartSaysSo() async throws {
        let home = try Home(config: "[profile missing]\ncredential_process = /nonexistent/helper --json\n")
        defer { home.remove() }
        do {
            _ = try await CredentialResolver(environment: home.environment, profile: "missing").resolve(region: "us-east-1")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("the credential_process of profile missing exited with 127: "))
            #expect(error.description.contains("/nonexistent/helper"))
        }
    }

    @Test func nothingFoundSaysWhereItLooked() async throws {
        let home = try Home()
        defer { home.remove() }
        do {
            _ = try await CredentialResolver(environment: home.environment).resolve(region: "us-east-1")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("no AWS credentials found; looked in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, profile default in \(home.path)/.aws/credentials and \(home.path)/.aws/config"))
        }
    }

    @Test func unknownProfileListsTheKnownOnes() async throws {
        let home = try Home(credentials: "[a]\naws_access_key_id=x\naws_secret_access_key=y\n[b]\naws_access_key_id=x\naws_secret_access_key=y\n")
        defer { home.remove() }
        do {
            _ = try await CredentialResolver(environment: home.environment, profile: "c").resolve(region: "us-east-1")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("profile 'c' is not in"))
            #expect(error.description.hasSuffix("profiles there: a, b"))
        }
    }

    @Test func circularSourceProfiles() async throws {
        let home = try Home(config: "[profile x]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = y\n[profile y]\nrole_arn = arn:aws:iam::1:role/y\nsource_profile = x\n")
        defer { home.remove() }
        do {
            _ = try await CredentialResolver(environment: home.environment, profile: "x").resolve(region: "us-east-1")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "profiles refer to each other in a circle: x → y → x")
        }
    }

    @Test(arguments: ["tokyo", "us_east_1", "AP-NORTHEAST-1"])
    func badRegionNames(region: String) throws {
        let home = try Home()
        defer { home.remove() }
        #expect(throws: AWSError.self) { try CredentialResolver(environment: home.environment).region(explicit: region) }
    }

    /// A shared file that is there but cannot be read is an error naming it, not "no profiles":
    /// reading it as absent sent users looking for credentials elsewhere.
    @Test func aSharedFileThatCannotBeReadIsAnError() throws {
        let home = try Home()
        defer { home.remove() }
        // A folder where the file should be (root reads any file, so a mode is no test here).
        try FileManager.default.createDirectory(atPath: home.path + "/.aws/credentials", withIntermediateDirectories: true)
        let folder = #expect(throws: AWSError.self) { try CredentialResolver(environment: home.environment) }
        #expect(folder?.code == .configuration)
        #expect(folder?.message == "cannot read \(home.path)/.aws/credentials: it is a folder, not a file; remove it, or set AWS_SHARED_CREDENTIALS_FILE to another file")

        let latin1 = try Home()
        defer { latin1.remove() }
        // Saved as Latin-1: "Tökyö" with 0xF6 bytes, which UTF-8 does not allow alone.
        try Data(Array("[default]\nregion = ap-northeast-1 # T".utf8) + [0xF6] + Array("ky\n".utf8))
            .write(to: URL(fileURLWithPath: latin1.path + "/.aws/config"))
        let encoding = #expect(throws: AWSError.self) { try CredentialResolver(environment: latin1.environment) }
        #expect(encoding?.message == "\(latin1.path)/.aws/config is not UTF-8 text, so its profiles cannot be read; save it as UTF-8, or set AWS_CONFIG_FILE to another file")

        // Absent files are still fine: the region then comes from elsewhere.
        let empty = try Home()
        defer { empty.remove() }
        #expect(try CredentialResolver(environment: empty.environment).region(explicit: "ap-northeast-1") == "ap-northeast-1")
    }

    @Test func noRegionAnywhereHasItsOwnCode() throws {
        let home = try Home()
        defer { home.remove() }
        let error = #expect(throws: AWSError.self) { try CredentialResolver(environment: home.environment).region(explicit: nil) }
        #expect(error?.code == .noRegion)
    }
}
