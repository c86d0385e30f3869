import Addresses
import Findings
import Localization
import Testing
@testable import Probe
@testable import ProbeModel

/// The verdicts a user reads, from reports built by hand.
@Suite struct ProbeFindingsTests {
    private func address(_ text: String, outcome: ConnectionResult.TCPOutcome = .ok, tries: Int = 5, connected: Int? = nil, status: Int = 200, tlsVersion: String = "TLSv1.3") -> AddressReport {
        let ip = IPAddress(text)!
        let works = outcome == .ok
        let connectedCount = connected ?? (works ? tries : 0)
        return AddressReport(
            url: "https://test.jp/", address: ip, family: ip.family, ttl: 60,
            tcp: .init(outcome: outcome, ms: works ? 2 : 3000, detail: nil),
            tls: works ? .init(version: tlsVersion, alpn: "http/1.1", ms: 5, chain: [], verification: nil, failure: nil) : nil,
            http: works ? .init(status: status, firstByteMs: 3, server: "awselb/2.0", location: nil, failure: nil) : nil,
            phases: .init(dnsMs: 1, connectMs: works ? 2 : nil, tlsMs: works ? 5 : nil, firstByteMs: works ? 3 : nil, totalMs: 10),
            port80: nil,
            rounds: .init(count: tries, connected: connectedCount, succeeded: connectedCount, successRatio: Double(connectedCount) / Double(tries),
                          tcpOutcomes: Array(repeating: outcome, count: tries), failures: works ? [:] : ["tcp \(outcome.rawValue)": tries]))
    }

    private func report(_ addresses: [AddressReport]) -> ProbeReport {
        ProbeReport(url: "https://test.jp/", host: "test.jp", port: 443,
                    resolution: Resolution(source: "test", answers: [], cnames: [], rounds: 1, ms: 1), addresses: addresses, rounds: 5)
    }

    @Test func theSeedsDeadNodeIsNamedWithItsShare() throws {
        let findings = report([address("1.1.1.1"), address("198.18.2.2", outcome: .timeout)]).findings()
        let finding = try #require(findings.first)
        #expect(findings.map(\.ruleID) == ["PRB001"])
        #expect(finding.severity == .error)
        #expect(finding.subject.description == "198.18.2.2")
        #expect(finding.message.hasPrefix("198.18.2.2, 1 of 2 addresses of test.jp, timed out in 5 of 5 tries; clients that pick it hang until their connect timeout"))
        #expect(finding.message.contains("run `albdoctor aws` or `albdoctor lint` to find the route table"))
    }

    /// A server whose certificate cannot be parsed is named: it was silently skipped before.
    @Test func anUnreadableLeafIsAnUntrustedFinding() throws {
        var served = address("1.1.1.1")
        let problem = "certificate 1 of the 1 the server sent (SHA-256 ab12) cannot be read: not DER"
        served.tls?.verification = Verification(
            trusted: false, nameMatches: false, expired: false, notYetValid: false, chainIncomplete: false, leafUnreadable: true, problems: [LocalizedText(english: problem)])
        let findings = report([served]).findings()
        let finding = try #require(findings.first { $0.ruleID == "PRB012" })
        let address = try #require(IPAddress("1.1.1.1"))
        #expect(finding.subject == .address(address))
        #expect(finding.message == "The certificate 1.1.1.1 serves for test.jp cannot be read, so clients reject it: \(problem); attach a valid certificate to the listener.")
    }

    @Test func intermittentLossIsAWarning() {
        var flaky = address("1.1.1.2")
        flaky.rounds.connected = 3
        flaky.rounds.failures = ["tcp timeout": 2]
        let findings = report([address("1.1.1.1"), flaky]).findings()
        #expect(findings.map(\.ruleID) == ["PRB002"])
        #expect(findings.first?.message.contains("connected in 3 of 5 tries (tcp timeout 2)") == true)
    }

    @Test func addressesThatDisagreeAreShown() {
        let findings = report([address("1.1.1.1"), address("1.1.1.2", status: 502, tlsVersion: "TLSv1.2")]).findings()
        #expect(findings.map(\.ruleID) == ["PRB013"])
        #expect(findings.first?.message.contains("status: 200 on 1.1.1.1; 502 on 1.1.1.2") == true)
        #expect(findings.first?.message.contains("TLS version: TLSv1.2 on 1.1.1.2; TLSv1.3 on 1.1.1.1") == true)
    }

    @Test func aDeadAAAABesideWorkingIPv4IsItsOwnFinding() {
        let findings = report([address("1.1.1.1"), address("2001:db8::2", outcome: .timeout)]).findings()
        #expect(findings.map(\.ruleID) == ["PRB003"])
        #expect(report([address("2001:db8::2", outcome: .timeout)]).findings().map(\.ruleID) == ["PRB001"])
    }

    @Test func healthyAddressesGiveNothing() {
        #expect(report([address("1.1.1.1"), address("1.1.1.2")]).findings().isEmpty)
    }
}
