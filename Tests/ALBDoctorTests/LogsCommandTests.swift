import Foundation
import Testing
import _TestSupport

/// `albdoctor logs` as a user runs it.
@Suite(.timeLimit(.minutes(5))) struct LogsCommandTests {
    private func albdoctor(_ arguments: [String], stdin: String? = nil) async throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["ALBDOCTOR_LANG"] = "en"  // English output whatever the machine's locale
        environment["NO_COLOR"] = "1"
        guard let stdin else { return try await runProcess(Repository.executable, ["logs"] + arguments, environment: environment, currentDirectory: Repository.root.path) }
        return try await runProcess("/bin/sh", ["-c", "\(stdin) | '\(Repository.executable)' logs \(arguments.joined(separator: " "))"], environment: environment, currentDirectory: Repository.root.path)
    }

    @Test func seedLogsNameTheSeedsClient() async throws {
        let result = try await albdoctor(["fixtures/orphan-redirect-logs", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let analyses = try #require(object["analyses"] as? [String: Any])
        let orphans = try #require(analyses["orphanRedirects"] as? [String: Any])
        let clients = try #require(orphans["clients"] as? [[String: Any]])
        #expect(clients.map { $0["client"] as? String } == ["119.21.1.1"])
        #expect((clients.first?["userAgent"] as? String)?.contains("Chrome/142.0.0.0") == true)
        let tls = try #require(analyses["tlsFailures"] as? [String: Any])
        #expect((tls["clients"] as? [[String: Any]])?.first?["codes"] as? [String] == ["Failed:ClientCertUntrusted"])
        #expect((object["findings"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["LOG001", "LOG002", "LOG003"])
        #expect(try await albdoctor(["fixtures/orphan-redirect-logs", "--fail-on", "warning"]).status == 1)
    }

    @Test func textReportAndClientTimeline() async throws {
        let result = try await albdoctor(["fixtures/orphan-redirect-logs", "--client", "119.21.1.1"])
        #expect(result.stdout.contains("Orphan redirects (redirected to HTTPS, no encrypted request within 180 s): 1 of 1 redirected clients (100%)"))
        #expect(result.stdout.contains("2025-12-25T23:45:50.036400Z  access      http 301 redirected to https://test.jp:443/"))
    }

    @Test func stdinGzipAndPlain() async throws {
        let plain = try await albdoctor(["-", "--format", "json"], stdin: "cat fixtures/orphan-redirect-logs/incident-entry.json")
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("\"client\" : \"119.21.1.1\""))
        let gzipped = try await albdoctor(["-", "--format", "json"], stdin: "gzip -c fixtures/orphan-redirect-logs/incident-entry.json")
        // The same analysis; only the bytes read differ (compressed or not).
        func withoutBytes(_ text: String) -> String { text.split(separator: "\n").filter { !$0.contains("\"bytes\"") }.joined(separator: "\n") }
        #expect(gzipped.status == 0)
        #expect(withoutBytes(gzipped.stdout) == withoutBytes(plain.stdout))
    }

    @Test func badInputIsAClearError() async throws {
        let missing = try await albdoctor(["no/such/logs"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "albdoctor: error: no/such/logs: no such file or folder\n")
        let empty = try await albdoctor(["-"], stdin: "printf ''")
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("no log entries in -"))
        let window = try await albdoctor(["fixtures/orphan-redirect-logs", "--window", "soon"])
        #expect(window.status == 2)
        #expect(window.stderr.contains("The value 'soon' is invalid for '--window <duration>'"), "\(window.stderr)")
        #expect(window.stderr.contains("180, 180s, 3m or 1h; from 1s to 8760h (a year)"), "\(window.stderr)")
        let tooLong = try await albdoctor(["fixtures/orphan-redirect-logs", "--window", "1e30"])
        #expect(tooLong.status == 2)
        #expect(tooLong.stderr.contains("The value '1e30' is invalid for '--window <duration>'"), "\(tooLong.stderr)")
        let since = try await albdoctor(["fixtures/orphan-redirect-logs", "--since", "yesterday"])
        #expect(since.status == 2)
        let sarif = try await albdoctor(["fixtures/orphan-redirect-logs", "--format", "sarif"])
        #expect(sarif.status == 2)
        #expect(sarif.stderr.contains("--format sarif is not for logs; it writes text, json, html."), "\(sarif.stderr)")
    }

    @Test(.requires(.python("duckdb", packages: "duckdb")))
    func athenaSQLRunsAndFindsTheKnownOrphans() async throws {
        let python = try #require(which("python3"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-athena-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generated = try await runProcess(python, [Repository.path("bench/generate-logs.py"), folder, "--minutes", "8", "--rate", "4"])
        #expect(generated.status == 0)
        let sql = try await albdoctor(["--athena-sql", "alb_access_logs", "--window", "3m"])
        #expect(sql.status == 0)
        #expect(sql.stdout.contains("FROM alb_connection_logs"))
        try sql.stdout.write(toFile: folder + "/query.sql", atomically: true, encoding: .utf8)
        let run = try await runProcess(python, [Repository.path("Tests/ALBLogsTests/Peers/athena_in_duckdb.py"), folder + "/query.sql", folder + "/AWSLogs/**/*.log.gz"])
        #expect(run.status == 0, "\(run.stderr)")
        let fromSQL = Set(run.stdout.split(separator: "\n").map(String.init))
        let truth = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/truth.json"))) as? [String: Any])
        let expected = Set((truth["orphans"] as? [[String: String]] ?? []).map { "\($0["client"] ?? "") \($0["time"] ?? "")" })
        #expect(!expected.isEmpty)
        #expect(fromSQL == expected)
        #expect(run.stderr.contains("statements 3"))
    }
}
