import Foundation
import Testing
import _TestSupport

/// `albdoctor probe` as a user runs it, on loopback only (the lab tests cover real servers).
@Suite(.timeLimit(.minutes(5))) struct ProbeCommandTests {
    private func albdoctor(_ arguments: [String]) async throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["ALBDOCTOR_LANG"] = "en"  // English output whatever the machine's locale
        environment["NO_COLOR"] = "1"
        return try await runProcess(Repository.executable, ["probe"] + arguments, environment: environment)
    }

    @Test(arguments: [
        (["ftp://test.jp/"], "The value 'ftp://test.jp/' is invalid for '<host-or-url>': expected an http:// or https:// URL"),
        (["https://bücher.de/"], "internationalised (IDN) name; give its ASCII form (xn--…)"),
        (["test.jp", "-4", "-6"], "-4 and -6 exclude each other"),
        (["test.jp", "--connect-timeout", "soon"], "The value 'soon' is invalid for '--connect-timeout <duration>'"),
        (["test.jp", "--connect-timeout", "soon"], "500ms, 3s, 1m or 1h; from 1ms to 8760h (a year)"),
        (["test.jp", "--timeout", "1e10"], "The value '1e10' is invalid for '--timeout <duration>'"),
        (["test.jp", "--dns", "dns.example"], "--dns 'dns.example': expected the IP address of a DNS server"),
        (["test.jp", "--dns-rounds", "3"], "--dns-rounds needs --dns SERVER"),
        (["test.jp", "--address", "10.0.0.300"], "The value '10.0.0.300' is invalid for '--address <ip>': expected an IPv4 or IPv6 address"),
        (["test.jp", "--interval", "soon"], "The value 'soon' is invalid for '--interval <duration>'"),
        (["test.jp", "--interval", "soon"], "Pause between rounds: 0 or 500ms, 3s, 1m or 1h"),
        (["test.jp", "--ca-file", "/nonexistent.pem"], "--ca-file /nonexistent.pem: cannot read it"),
        ([], "Give a host name or URL to probe"),
    ])
    func badInputSaysWhatWasExpected(arguments: [String], message: String) async throws {
        let result = try await albdoctor(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    /// `--quiet` leaves out the address table (the view's own text) and the summary, keeps the
    /// findings; `--interval 0s` is no pause, like `0`.
    @Test func quietLeavesOutTheTable() async throws {
        let loud = try await albdoctor(["http://127.0.0.1:1/", "--no-port-80", "--rounds", "2", "--interval", "0s"])
        #expect(loud.status == 1, "\(loud.stderr)")
        #expect(loud.stdout.contains("address    tcp"), "\(loud.stdout)")
        let quiet = try await albdoctor(["http://127.0.0.1:1/", "--no-port-80", "--quiet"])
        #expect(quiet.status == 1, "\(quiet.stderr)")
        #expect(!quiet.stdout.contains("address    tcp"), "\(quiet.stdout)")
        #expect(quiet.stdout.hasPrefix("error[PRB001]: 127.0.0.1"), "\(quiet.stdout)")
    }

    @Test func aDNSServerThatDoesNotAnswerIsAnErrorNotAHang() async throws {
        // A loopback UDP port nobody listens on: the query goes unanswered.
        let result = try await albdoctor(["test.jp", "--dns", "127.0.0.1:9", "--timeout", "500ms"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("albdoctor: error: 127.0.0.1:9 did not answer A test.jp over UDP within 500 ms"), "\(result.stderr)")
    }

    @Test func watchStopsOnCtrlCAndReports() async throws {
        // Port 1 on loopback: nothing listens, every try is refused at once.
        let process = try SpawnedProcess(Repository.executable, ["probe", "http://127.0.0.1:1/", "--watch", "--interval", "100ms", "--format", "json"])
        // Ctrl-C only once albdoctor handles it (Dispatch catches it: SigCgt in /proc shows when),
        // then after a few rounds; a loaded test run can take many seconds to start the process,
        // and a signal before that ends it with no report.
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline && !handlesSIGINT(process.pid) { try await Task.sleep(for: .milliseconds(100)) }
        try await Task.sleep(for: .milliseconds(500))
        process.signal(SIGINT)
        let data = await process.restOfOutput()
        let status = await process.exit()
        #expect(status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let address = try #require((document["addresses"] as? [[String: Any]])?.first)
        let rounds = try #require(address["rounds"] as? [String: Any])
        #expect((rounds["count"] as? Int ?? 0) >= 2)
        #expect(rounds["connected"] as? Int == 0)
        #expect((address["tcp"] as? [String: Any])?["outcome"] as? String == "refused")
    }

    @Test(.requires(.program("script", package: "bsdutils"))) func watchOnATerminalRedrawsALiveTableThenPrintsTheVerdict() async throws {
        // script(1) gives albdoctor a pseudo-terminal, as a user's shell would.
        let script = try #require(which("script"), "script(1) from bsdutils is needed")
        var environment = ProcessInfo.processInfo.environment
        environment["ALBDOCTOR_LANG"] = "en"  // English output whatever the machine's locale
        environment["NO_COLOR"] = nil
        let command = "exec \(Repository.executable) probe http://127.0.0.1:1/ --watch --interval 100ms"
        let session = try SpawnedProcess(script, ["-qfc", command, "/dev/null"], environment: environment)
        // Ready when the table has been drawn twice (each frame starts by clearing the screen).
        var seen = Data()
        while String(decoding: seen, as: UTF8.self).components(separatedBy: "\u{1B}[H\u{1B}[2J").count < 3 {
            let chunk = await session.nextOutput()
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        // Ctrl-C reaches the foreground program, not script itself.
        let children = try String(contentsOfFile: "/proc/\(session.pid)/task/\(session.pid)/children", encoding: .utf8)
        let probe = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        kill(probe, SIGINT)
        let screen = String(decoding: seen + (await session.restOfOutput()), as: UTF8.self)
        await session.exit()
        let redraws = screen.components(separatedBy: "\u{1B}[H\u{1B}[2J")
        #expect(redraws.count >= 3, "\(screen)")
        #expect(redraws.dropLast().last?.contains("Ctrl-C to stop") == true)
        #expect(screen.contains("\u{1B}[1;31merror[PRB001]\u{1B}[0m"), "\(screen)")
        #expect(screen.contains("refused the connection in"))
    }

    /// Whether process `pid` no longer dies of SIGINT: ignored or caught (the `SigIgn` and `SigCgt`
    /// masks of /proc/PID/status; on a system without /proc, true after the first look).
    private func handlesSIGINT(_ pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return true }
        let masks = status.split(separator: "\n").filter { $0.hasPrefix("SigIgn:") || $0.hasPrefix("SigCgt:") }
            .compactMap { UInt64($0.dropFirst("SigIgn:".count).trimmingCharacters(in: .whitespaces), radix: 16) }
        return masks.contains { $0 & (1 << (SIGINT - 1)) != 0 }
    }
}
