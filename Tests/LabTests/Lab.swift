import Foundation
import Testing
import _TestSupport

/// The incident in network namespaces (lab/lab.sh): node A healthy, node B without a route back,
/// nginx on both, dnsmasq answering the lab's names on a loopback port. Only the `.sharedLab`
/// trait builds one, around a whole suite, so that it is always taken down.
final class Lab: TestPeer {
    let folder: String
    let dnsPort: Int
    var dns: String { "127.0.0.1:\(dnsPort)" }
    /// The second server, which holds test.lab's A records only and refuses AAAA.
    var refusingDNS: String { "127.0.0.1:\(dnsPort + 1)" }
    var rootCA: String { folder + "/certs/root.pem" }

    /// What the lab needs from the machine.
    static let requirements: [Requirement] = [
        .root, .program("ip", package: "iproute2"), .program("nginx", package: "nginx-light"),
        .dnsmasq, .python("cryptography", packages: "cryptography"),
    ]

    /// Builds the lab; fails, naming what is missing, where it cannot (the suites that use it
    /// skip first unless CI=true).
    static func start() async throws -> Lab {
        if let missing = await Requirement.missing(requirements).first {
            throw PeerError(message: "the lab needs \(missing); scripts/test installs it")
        }
        var failures: [String] = []
        // A DNS port another process holds makes `up` fail: try other ports before giving up.
        for _ in 0..<3 {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-lab-\(UUID().uuidString.prefix(8))").path
            let port = Int.random(in: 20_000...40_000)  // and port + 1 for the refusing server
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let log = folder + "/lab.log"
            if try await Lab.script(["up", folder, String(port)], log: log) == 0 { return Lab(folder: folder, dnsPort: port) }
            failures.append((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
            try? await Lab.down(folder)
        }
        throw PeerError(message: "lab/lab.sh up failed three times: \(failures.joined(separator: "\n---\n"))")
    }

    private init(folder: String, dnsPort: Int) {
        self.folder = folder
        self.dnsPort = dnsPort
    }

    func stop() async { try? await Lab.down(folder) }

    private static func down(_ folder: String) async throws {
        _ = try await script(["down", folder], log: "/dev/null")
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs `lab/lab.sh ARGUMENTS` with its output in `log`, and returns its exit status. The
    /// output goes to a file, not to a pipe: the daemons the script starts would hold a pipe open
    /// for ever.
    private static func script(_ arguments: [String], log: String) async throws -> Int32 {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = (environment["PATH"] ?? "/usr/bin:/bin") + ":/usr/sbin:/sbin"
        let command = #"log=$1; shift; exec /bin/bash "$@" > "$log" 2>&1"#
        return try await runProcess("/bin/bash", ["-c", command, "lab", log, Repository.path("lab/lab.sh")] + arguments, environment: environment).status
    }

    /// `albdoctor probe ARGS --dns LAB --ca-file ROOT`, with the JSON document when asked for.
    func probe(_ arguments: [String], dns server: String? = nil) async throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["ALBDOCTOR_LANG"] = "en"  // English output whatever the machine's locale
        environment["NO_COLOR"] = "1"
        return try await runProcess(Repository.executable, ["probe"] + arguments + ["--dns", server ?? dns, "--ca-file", rootCA], environment: environment)
    }

    func probeJSON(_ arguments: [String], dns server: String? = nil) async throws -> (status: Int32, document: [String: Any], stderr: String) {
        let result = try await probe(arguments + ["--format", "json"], dns: server)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result.status, object ?? [:], result.stderr)
    }
}

extension Dictionary where Key == String, Value == Any {
    /// `document["a.b.c"]` for nested objects.
    func value(at path: String) -> Any? {
        var current: Any? = self
        for key in path.split(separator: ".") { current = (current as? [String: Any])?[String(key)] }
        return current
    }

    var addresses: [[String: Any]] { self["addresses"] as? [[String: Any]] ?? [] }
    var rules: [String] { (self["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } }

    func address(_ text: String) -> [String: Any] { addresses.first { $0["address"] as? String == text } ?? [:] }
}
