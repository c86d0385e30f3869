import Foundation
import Testing
import _TestSupport

/// moto_server holding one design built by a script of `Tests/AWSInventoryTests/Peers/`
/// (`SCRIPT ENDPOINT create DESIGN`, printing the ids as JSON), and `albdoctor aws` on it.
struct MotoAccount {
    static let peers = Repository.path("Tests/AWSInventoryTests/Peers")

    let moto: Moto
    let ids: [String: String]
    let home: String

    /// Starts moto, builds `design` in it, runs `body`, then stops moto and removes HOME.
    static func with<T>(_ script: String, _ design: String, _ body: (MotoAccount) async throws -> T) async throws -> T {
        let python = try #require(which("python3"))
        return try await withMoto { moto in
            let account = try await MotoAccount(moto: moto, python: python, script: script, design: design)
            defer { try? FileManager.default.removeItem(atPath: account.home) }
            return try await body(account)
        }
    }

    private init(moto: Moto, python: String, script: String, design: String) async throws {
        self.moto = moto
        let created = try await runProcess(python, ["\(Self.peers)/\(script)", moto.endpoint, "create", design])
        guard created.status == 0, let object = try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: String] else {
            throw PeerError(message: "\(script) could not build \(design) in moto: \(created.stderr)")
        }
        ids = object
        home = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-moto-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    func id(_ name: String) -> String { ids[name] ?? "?" }

    /// `albdoctor aws --region ap-northeast-1 --format json ARGUMENTS`, with credentials for moto only.
    func albdoctor(_ arguments: [String]) async throws -> (status: Int32, findings: [[String: Any]], stderr: String) {
        let environment = ["HOME": home, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "NO_COLOR": "1",
                           "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_EC2_METADATA_DISABLED": "true"]
        let result = try await runProcess(Repository.executable, ["aws", "--region", "ap-northeast-1", "--format", "json"] + arguments, environment: environment)
        let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result.status, object?["findings"] as? [[String: Any]] ?? [], result.stderr)
    }
}
