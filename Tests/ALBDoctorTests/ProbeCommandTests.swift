import Foundation
import Testing
import _TestSupport

/// `albdoctor probe` as a user runs it, on loopback only (the lab tests cover real servers).
@Suite struct ProbeCommandTests {
    private func albdoctor(_ arguments: [String]) throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        return try runProcess(Repository.executable, ["probe"] + arguments, environment: environment)
    }

    @Test(arguments: [
        (["ftp://test.jp/"], "'ftp://test.jp/': expected an http:// or https:// URL"),
        (["https://bücher.de/"], "internationalised (IDN) name; give its ASCII form (xn--…)"),
        (["test.jp", "-4", "-6"], "-4 and -6 exclude each other"),
        (["test.jp", "--connect-timeout", "soon"], "--connect-timeout 'soon': expected a positive duration such as 500ms, 3s or 1m."),
        (["test.jp", "--dns", "dns.example"], "--dns 'dns.example': expected the IP address of a DNS server"),
        (["test.jp", "--dns-rounds", "3"], "--dns-rounds needs --dns SERVER"),
        (["test.jp", "--address", "10.0.0.300"], "--address '10.0.0.300': expected an IPv4 or IPv6 address."),
        (["test.jp", "--ca-file", "/nonexistent.pem"], "--ca-file /nonexistent.pem: cannot read it"),
        ([], "Give a host name or URL to probe"),
    ])
    func badInputSaysWhatWasExpected(arguments: [String], message: String) throws {
        let result = try albdoctor(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aDNSServerThatDoesNotAnswerIsAnErrorNotAHang() throws {
        // A loopback UDP port nobody listens on: the query goes unanswered.
        let result = try albdoctor(["test.jp", "--dns", "127.0.0.1:9", "--timeout", "500ms"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("albdoctor: error: 127.0.0.1:9 did not answer A test.jp over UDP within 500 ms"), "\(result.stderr)")
    }

    @Test func watchStopsOnCtrlCAndReports() throws {
        // Port 1 on loopback: nothing listens, every try is refused at once.
        let process = try SpawnedProcess(Repository.executable, ["probe", "http://127.0.0.1:1/", "--watch", "--interval", "100ms", "--format", "json"])
        Thread.sleep(forTimeInterval: 1.5)
        process.signal(SIGINT)
        let data = process.output.readDataToEndOfFile()
        let status = process.wait()
        #expect(status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let address = try #require((document["addresses"] as? [[String: Any]])?.first)
        let rounds = try #require(address["rounds"] as? [String: Any])
        #expect((rounds["count"] as? Int ?? 0) >= 2)
        #expect(rounds["connected"] as? Int == 0)
        #expect((address["tcp"] as? [String: Any])?["outcome"] as? String == "refused")
    }
}
