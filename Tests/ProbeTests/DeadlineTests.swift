import Addresses
import Foundation
import Testing
import Probe
import _TestSupport

/// Servers that never speak, speak garbage, reset or trickle cost at most --timeout and are named.
@Suite(.timeLimit(.minutes(2))) struct DeadlineTests {
    /// Probes a server that misbehaves. Where an answer is classified it comes at once; the
    /// default deadline only leaves room for a busy machine (the suite shares two cores with the
    /// rest of the tests), and the tests of the deadline itself pass a short one.
    private func probe(_ url: String, _ behaviour: MisbehavingServer.Behaviour, timeout: Duration = .seconds(10)) async throws -> AddressReport {
        try await withStarted({ try await MisbehavingServer(behaviour) }) { server in
            try await probe(url, on: server, timeout: timeout)
        }
    }

    private func probe(_ url: String, on server: MisbehavingServer, timeout: Duration) async throws -> AddressReport {
        var options = ProbeOptions()
        options.addresses = [try #require(IPAddress("127.0.0.1"))]
        options.timeout = timeout
        options.checkPort80 = false
        let prober = try Prober(options: options)
        let target = try ProbeTarget(parsing: url.replacingOccurrences(of: "PORT", with: String(server.port)))
        let report = await prober.probe(target, resolution: try await prober.resolve(target))
        return try #require(report.addresses.first)
    }

    @Test func silentServerTimesOutTheHandshake() async throws {
        let result = try await probe("https://silent.test:PORT/", .silent, timeout: .milliseconds(800))
        #expect(result.tcp.outcome == .ok)
        #expect(result.tls?.failure?.kind == .timeout)
        #expect(result.tls?.failure?.detail.english.contains("TLS handshake did not finish within 800 ms") == true)
        #expect(result.phases.totalMs >= 800)
    }

    @Test func garbageIsAProtocolError() async throws {
        let result = try await probe("https://garbage.test:PORT/", .garbage)
        #expect(result.tls?.failure?.kind == .protocolError, "\(String(describing: result.tls))")
        let plain = try await probe("http://garbage.test:PORT/", .garbage)
        #expect(plain.http?.failure?.kind == .protocolError, "\(String(describing: plain.http))")
    }

    @Test func resetDuringTheHandshake() async throws {
        let result = try await probe("https://reset.test:PORT/", .reset)
        #expect(result.tls?.failure?.kind == .reset, "\(String(describing: result.tls))")
    }

    @Test func tricklingResponseIsCutAtTheDeadline() async throws {
        let result = try await probe("http://trickle.test:PORT/", .trickle, timeout: .milliseconds(600))
        #expect(result.http?.failure?.kind == .timeout, "\(String(describing: result.http))")
        #expect(result.http?.failure?.detail.english.contains("HTTP response did not finish within 600 ms") == true)
    }

    @Test func anEndlessHeaderEndsAtTheDeadlineOrAsAnError() async throws {
        let result = try await probe(
            "http://headers.test:PORT/", .endless(head: "HTTP/1.1 200 OK\r\n", repeating: "X-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"), timeout: .milliseconds(800))
        #expect(result.http?.status == nil)
        #expect([.timeout, .protocolError].contains(result.http?.failure?.kind), "\(String(describing: result.http))")
        // The exchange's own clock: it ended at its deadline, not never (late only when the two
        // cores are busy with other tests; the suite's time limit guards a hang).
        #expect(result.phases.totalMs < 30_000, "\(result.phases)")
    }

    @Test func anEndlessChunkedBodyIsNotRead() async throws {
        let result = try await probe(
            "http://body.test:PORT/", .endless(head: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", repeating: "10\r\n0123456789abcdef\r\n"))
        // The status and headers are what albdoctor reads; the body never holds it up.
        #expect(result.http?.status == 200, "\(String(describing: result.http))")
        // The exchange's own clock: it ended at its deadline, not never (late only when the two
        // cores are busy with other tests; the suite's time limit guards a hang).
        #expect(result.phases.totalMs < 30_000, "\(result.phases)")
    }

    @Test func plainHTTPAnswerIsRecorded() async throws {
        let result = try await probe("http://plain.test:PORT/health", .http("HTTP/1.1 503 Service Unavailable\r\nServer: awselb/2.0\r\nContent-Length: 0\r\n\r\n"))
        #expect(result.http?.status == 503)
        #expect(result.http?.server == "awselb/2.0")
        #expect(result.rounds.succeeded == 1)
    }

    @Test func closedPortIsRefusedAtOnce() async throws {
        let server = try await MisbehavingServer(.silent)
        let port = server.port
        await server.stop()
        var options = ProbeOptions()
        options.checkPort80 = false
        let prober = try Prober(options: options)
        // The system resolver, through localhost.
        let target = try ProbeTarget(parsing: "http://localhost:\(port)/")
        let resolution = try await prober.resolve(target)
        #expect(resolution.source == "system resolver")
        #expect(resolution.answers.contains { $0.address.text == "127.0.0.1" })
        let report = await prober.probe(target, resolution: resolution)
        let result = try #require(report.addresses.first { $0.address.text == "127.0.0.1" })
        #expect(result.tcp.outcome == .refused)
        #expect(report.findings().first?.ruleID == "PRB001")
    }
}
