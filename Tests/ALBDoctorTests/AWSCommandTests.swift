import Foundation
import Testing
import _TestSupport

/// `albdoctor aws` against moto_server, a real AWS API peer the tests start on loopback.
@Suite(.requires(.python("moto", "boto3", "flask", "flask_cors", packages: "'moto[server]' boto3")), .timeLimit(.minutes(5)))
struct AWSCommandTests {
    static let peers = Repository.path("Tests/AWSInventoryTests/Peers")
    static let secret = "sEcReT-NeVeR-PrInTeD-0123456789"

    struct Lab {
        let moto: Moto
        let ids: [String: String]
        let home: String

        /// Starts moto, fills it, runs `body`, then stops moto and removes HOME.
        static func with<T>(_ body: (Lab) async throws -> T) async throws -> T {
            let python = try #require(which("python3"))
            return try await withMoto { moto in
                let lab = try await Lab(moto: moto, python: python)
                defer { try? FileManager.default.removeItem(atPath: lab.home) }
                return try await body(lab)
            }
        }

        private init(moto: Moto, python: String) async throws {
            self.moto = moto
            let created = try await runProcess(python, ["\(AWSCommandTests.peers)/seed_account.py", moto.endpoint, "create"])
            guard created.status == 0, let object = try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: String] else {
                throw PeerError(message: "seeding moto failed: \(created.stderr)")
            }
            ids = object
            home = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-aws-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: home + "/.aws", withIntermediateDirectories: true)
        }

        var environment: [String: String] {
            ["HOME": home, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "NO_COLOR": "1",
             "AWS_ACCESS_KEY_ID": "AKIATESTING", "AWS_SECRET_ACCESS_KEY": AWSCommandTests.secret, "AWS_EC2_METADATA_DISABLED": "true"]
        }

        func albdoctor(_ arguments: [String], environment: [String: String]? = nil) async throws -> ProcessResult {
            try await runProcess(Repository.executable, ["aws", "--region", "ap-northeast-1"] + arguments, environment: environment ?? self.environment)
        }

    }

    private func findings(_ json: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(object["findings"] as? [[String: Any]])
    }

    @Test func seedErrorOnSubnetBThenCleanAfterTheFix() async throws {
        try await Lab.with { lab in
            let result = try await lab.albdoctor(["--endpoint-url", lab.moto.endpoint, "--format", "json"])
            #expect(result.status == 1, "\(result.stderr)")
            let errors = try findings(result.stdout).filter { $0["severity"] as? String == "error" }
            #expect(errors.count == 1)
            #expect(errors.first?["rule"] as? String == "ALB001")
            #expect(errors.first?["subject"] as? String == lab.ids["subnetB"])
            #expect((errors.first?["message"] as? String)?.contains("(ap-northeast-1c)") == true)
            #expect(errors.first?["fix"] as? String == "aws ec2 associate-route-table --subnet-id \(lab.ids["subnetB"] ?? "") --route-table-id \(lab.ids["publicRouteTable"] ?? "")")
            #expect((errors.first?["related"] as? [String])?.contains(lab.ids["loadBalancer"] ?? "?") == true)

            let associate = try await runProcess(try #require(which("python3")), ["\(Self.peers)/seed_account.py", lab.moto.endpoint, "associate"])
            #expect(associate.status == 0)
            let fixed = try await lab.albdoctor(["--endpoint-url", lab.moto.endpoint])
            #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
            #expect(fixed.stdout.hasPrefix("No findings: region ap-northeast-1: 1 load balancer"))
        }
    }

    @Test func pagesAndCommentsDrawTheAccount() async throws {
        try await Lab.with { lab in
            let html = try await lab.albdoctor(["--endpoint-url", lab.moto.endpoint, "--format", "html"])
            #expect(html.status == 1)
            #expect(html.stdout.contains(#"class="box subnet broken" data-subnet="\#(lab.ids["subnetB"] ?? "?")""#))
            #expect(html.stdout.contains(#"class="box subnet" data-subnet="\#(lab.ids["subnetA"] ?? "?")""#))
            #expect(html.stdout.contains("internet gateway \(lab.ids["gateway"] ?? "?")"))
            let markdown = try await lab.albdoctor(["--endpoint-url", lab.moto.endpoint, "--format", "markdown"])
            #expect(markdown.stdout.contains("```mermaid\nflowchart TB\n"))
            #expect(markdown.stdout.contains("-.-x|\"ALB001: "))
            #expect(markdown.stdout.contains("| error | ALB001 | \(lab.ids["subnetB"] ?? "?") |"))
        }
    }

    @Test func snapshotGivesTheSameFindingsAndHoldsNoSecret() async throws {
        try await Lab.with { lab in
            let file = lab.home + "/tokyo.json"
            let live = try await lab.albdoctor(["--endpoint-url", lab.moto.endpoint, "--format", "json", "--save-snapshot", file, "--load-balancer", "test-alb"])
            #expect(live.status == 1)
            let offline = try await lab.albdoctor(["--snapshot", file, "--format", "json"], environment: ["HOME": lab.home, "AWS_EC2_METADATA_DISABLED": "true"])
            #expect(offline.status == 1)
            #expect(try JSONSerialization.jsonObject(with: Data(offline.stdout.utf8)) as? NSDictionary == JSONSerialization.jsonObject(with: Data(live.stdout.utf8)) as? NSDictionary)
            let snapshot = try String(contentsOfFile: file, encoding: .utf8)
            for text in [snapshot, live.stdout, live.stderr, offline.stdout] {
                #expect(!text.contains(Self.secret))
            }
            let missing = try await lab.albdoctor(["--endpoint-url", lab.moto.endpoint, "--load-balancer", "nope"])
            #expect(missing.status == 2)
            #expect(missing.stderr.contains("no load balancer nope in ap-northeast-1; it has test-alb"))
        }
    }

    @Test func assumedRoleFromASourceProfile() async throws {
        try await Lab.with { lab in
            try """
                [profile base]
                aws_access_key_id = AKIABASE
                aws_secret_access_key = \(Self.secret)
                [profile auditor]
                role_arn = arn:aws:iam::123456789012:role/auditor
                source_profile = base
                region = ap-northeast-1
                """.write(toFile: lab.home + "/.aws/config", atomically: true, encoding: .utf8)
            let environment = ["HOME": lab.home, "AWS_EC2_METADATA_DISABLED": "true", "NO_COLOR": "1"]
            let result = try await runProcess(Repository.executable, ["aws", "--profile", "auditor", "--endpoint-url", lab.moto.endpoint, "--format", "json"], environment: environment)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(try findings(result.stdout).contains { $0["rule"] as? String == "ALB001" && $0["subject"] as? String == lab.ids["subnetB"] })
        }
    }

    @Test func noCredentialsIsAClearError() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-none-\(UUID().uuidString)").path
        let result = try await runProcess(Repository.executable, ["aws", "--region", "ap-northeast-1", "--endpoint-url", "http://127.0.0.1:9"],
                                    environment: ["HOME": home, "AWS_EC2_METADATA_DISABLED": "true"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("albdoctor: error: no AWS credentials found; looked in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY"))
    }
}
