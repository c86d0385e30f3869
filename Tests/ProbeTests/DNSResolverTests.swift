import Foundation
import Testing
import _TestSupport
import Probe

/// Our DNS client against a real dnsmasq on a loopback port.
@Suite(.serialized, .requires(.dnsmasq), .timeLimit(.minutes(2)))
struct DNSResolverTests {
    /// dnsmasq answering the names the tests ask; stopped when the test ends.
    final class Dnsmasq: TestPeer {
        let process: SpawnedProcess
        let port: Int
        var server: String { "127.0.0.1:\(port)" }

        private init(process: SpawnedProcess, port: Int) {
            self.process = process
            self.port = port
        }

        static func start() async throws -> Dnsmasq {
            try await Requirement.check(.dnsmasq)
            let path = try #require(which("dnsmasq"))
            var arguments = ["--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts", "--local=/lab/", "--bind-interfaces",
                             "--listen-address=127.0.0.1", "--pid-file=", "--log-facility=/dev/null",
                             "--host-record=test.lab,192.0.2.10,2001:db8::10,60", "--host-record=test.lab,192.0.2.11,45", "--cname=www.test.lab,test.lab"]
            if getuid() == 0 { arguments.append("--user=root") }
            // 40 addresses: more than fits in 512 bytes of UDP, so the answer is truncated and asked again over TCP.
            arguments += (1...40).map { "--host-record=many.lab,198.18.0.\($0)" }
            // A port another process holds makes dnsmasq exit at once: try another.
            var attempt = 0
            while true {
                let candidate = Int.random(in: 20_000...40_000)
                let started = try SpawnedProcess(path, arguments + ["--port=\(candidate)"])
                do {
                    try await waitUntilListening(port: candidate, timeout: .seconds(5))
                    return Dnsmasq(process: started, port: candidate)
                } catch {
                    await started.stop(SIGKILL)
                    attempt += 1
                    if attempt == 5 { throw error }
                }
            }
        }

        func stop() async { await process.stop(SIGTERM) }
    }

    @Test func followsTheCNAMEAndKeepsTTLs() async throws {
        try await withStarted(Dnsmasq.start) { dnsmasq in
            let resolver = try DNSResolver(server: dnsmasq.server, timeout: .seconds(10))
            let answer = try await resolver.lookup("www.test.lab", types: [.a, .aaaa])
            #expect(answer.cnames == ["test.lab"])
            #expect(answer.records.map(\.value).sorted() == ["192.0.2.10", "192.0.2.11", "2001:db8::10"])
            #expect(answer.records.first { $0.value == "192.0.2.11" }?.ttl == 45)
        }
    }

    @Test func truncatedAnswersAreAskedAgainOverTCP() async throws {
        try await withStarted(Dnsmasq.start) { dnsmasq in
            let resolver = try DNSResolver(server: dnsmasq.server, timeout: .seconds(10))
            let answer = try await resolver.lookup("many.lab", types: [.a])
            #expect(Set(answer.records.map(\.value)).count == 40)
        }
    }

    @Test func clearErrors() async throws {
        try await withStarted(Dnsmasq.start) { dnsmasq in
            let resolver = try DNSResolver(server: dnsmasq.server, timeout: .seconds(10))
            await #expect { try await resolver.lookup("nothere.lab", types: [.a]) } throws: { error in
                "\(error)" == "nothere.lab does not exist: \(dnsmasq.server) answered NXDOMAIN for nothere.lab"
            }
            let silent = try DNSResolver(server: "127.0.0.1:\(dnsmasq.port + 1)", timeout: .milliseconds(500))
            await #expect { try await silent.lookup("test.lab", types: [.a]) } throws: { error in
                "\(error)".contains("did not answer A test.lab over UDP within 500 ms")
            }
            #expect(throws: ResolutionError.self) { try DNSResolver(server: "dns.example:53", timeout: .seconds(1)) }
            #expect(throws: ResolutionError.self) { try DNSResolver(server: "127.0.0.1:0", timeout: .seconds(1)) }
            #expect(try DNSResolver(server: "[::1]:5353", timeout: .seconds(1)).server == "[::1]:5353")
        }
    }
}
