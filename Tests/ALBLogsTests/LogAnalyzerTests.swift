import ALBLogs
import Findings
import Foundation
import Localization
import Testing
import _TestSupport

/// End to end over generated logs with a known set of orphans, and over bad input.
@Suite(.requires(.program("python3", package: "python3")), .timeLimit(.minutes(5)))
struct LogAnalyzerTests {
    struct Generated {
        let folder: String
        let truth: Set<String>

        init(minutes: Int = 12, rate: Double = 5, plain: Bool = false) async throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-logs-\(UUID().uuidString)").path
            var arguments = [Repository.path("bench/generate-logs.py"), folder, "--minutes", String(minutes), "--rate", String(rate)]
            if plain { arguments.append("--plain") }
            let result = try await runProcess(try #require(which("python3")), arguments)
            guard result.status == 0 else { throw LogsError("generator failed: \(result.stderr)") }
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/truth.json"))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let orphans = try #require(object["orphans"] as? [[String: String]])
            truth = Set(orphans.map { "\($0["client"] ?? "") \($0["time"] ?? "")" })
        }

        var logs: String { folder + "/AWSLogs" }
        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    func analyse(_ paths: [String], options: LogAnalyzer.Options = LogAnalyzer.Options()) async throws -> LogAnalysis {
        let discovered = try LogSource.discover(paths)
        return await LogAnalyzer(options: options).analyse(discovered.sources, skipped: discovered.skipped)
    }

    @Test func findsExactlyTheKnownOrphansAcrossFiles() async throws {
        let generated = try await Generated()
        defer { generated.remove() }
        #expect(generated.truth.count > 10)
        let analysis = try await analyse([generated.logs])
        let found = Set(analysis.orphanRedirects.clients.map { "\($0.client) \($0.time)" })
        #expect(found == generated.truth)
        #expect(analysis.input.malformedLines == 0)
        #expect(analysis.input.files > 4)
        #expect(analysis.orphanRedirects.clients.allSatisfy { $0.userAgent != nil && $0.redirectURL == "https://test.jp:443/" })
        #expect(analysis.errors.requestsPerNode.keys.sorted() == ["10.0.0.20", "10.0.1.21"])
        #expect(analysis.findings.contains { $0.ruleID == "LOG001" && $0.severity == .warning })
        // One core or many: the same answer.
        var serial = LogAnalyzer.Options()
        serial.concurrency = 1
        #expect(try await analyse([generated.logs], options: serial) == analysis)
    }

    @Test func plainAndCompressedAgreeAndSinceUntilFilter() async throws {
        let plain = try await Generated(minutes: 6, rate: 4, plain: true)
        let compressed = try await Generated(minutes: 6, rate: 4)
        defer { plain.remove(); compressed.remove() }
        let a = try await analyse([plain.logs])
        let b = try await analyse([compressed.logs])
        #expect(a.orphanRedirects == b.orphanRedirects)
        var options = LogAnalyzer.Options()
        let since = try #require(LogTime("2025-12-25T23:42:00Z")), until = try #require(LogTime("2025-12-25T23:43:00Z"))
        options.since = since
        options.until = until
        let window = try await analyse([compressed.logs], options: options)
        #expect(window.input.filteredOut > 0)
        #expect(window.orphanRedirects.clients.allSatisfy { (since...until).contains($0.time) })
    }

    @Test func truncatedGzipKeepsItsLinesAndTheOtherFiles() async throws {
        let generated = try await Generated(minutes: 10, rate: 5)
        defer { generated.remove() }
        let files = try #require(FileManager.default.enumerator(atPath: generated.logs)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".gz") }.sorted())
        let victim = generated.logs + "/" + files[0]
        let data = try Data(contentsOf: URL(fileURLWithPath: victim))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: victim))
        try "not a log".write(toFile: generated.logs + "/notes.txt", atomically: true, encoding: .utf8)
        let analysis = try await analyse([generated.logs])
        #expect(analysis.input.problems.count == 1)
        #expect(analysis.input.problems[0].file == victim)
        #expect(analysis.input.problems[0].text.english.hasPrefix(victim + ": the gzip stream ends early (truncated) after "))
        #expect(analysis.input.skippedFiles == [generated.logs + "/notes.txt"])
        #expect(analysis.input.files == files.count)
        #expect(analysis.input.accessEntries > 0)
        #expect(analysis.findings.contains { $0.ruleID == "LOG000" })
    }

    @Test func followsOneClientThroughBothLogs() async throws {
        let logs = try #require(Bundle.module.url(forResource: "Logs", withExtension: nil)).path
        var options = LogAnalyzer.Options()
        options.client = ClientAddress("203.0.113.1")
        let analysis = try await analyse([logs], options: options)
        #expect(analysis.client?.count == 2)
        #expect(analysis.client?.allSatisfy { $0.log == "connection" } == true)
        #expect(analysis.tlsFailures.failures == 1)
        #expect(analysis.tlsFailures.clients.first?.codes == ["Failed:ClientCertUntrusted"])
        #expect(analysis.input.malformedLines == 0)
        #expect(analysis.input.skippedFiles.count == 1)
    }

    @Test func missingPathIsAnError() {
        #expect(throws: LogsError.self) { try LogSource.discover(["/nonexistent/logs"]) }
    }
}
