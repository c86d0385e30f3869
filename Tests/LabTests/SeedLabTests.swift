import Foundation
import Testing
import _TestSupport

/// `albdoctor probe` against the incident built in network namespaces, with real nginx and
/// dnsmasq: one lab for the suite, its tests side by side.
@Suite(.requires(Lab.requirements), .sharedLab, .timeLimit(.minutes(10)))
struct SeedLabTests {
    @Test func seedNamesTheBlackholedNode() async throws {
        try await inLab { lab in
            let (status, document, stderr) = try await lab.probeJSON(["test.lab", "--connect-timeout", "2s"])
            #expect(status == 1, "\(stderr)")
            #expect(document.addresses.count == 2)
            let a = document.address("10.77.1.2")
            #expect(a.value(at: "tcp.outcome") as? String == "ok")
            #expect(a["family"] as? String == "ipv4")
            #expect(a.value(at: "tls.version") as? String == "TLSv1.3")
            #expect(a.value(at: "tls.verification.trusted") as? Bool == true)
            #expect(a.value(at: "tls.verification.nameMatches") as? Bool == true)
            #expect((a.value(at: "tls.chain") as? [[String: Any]])?.map { $0["subject"] as? String } == ["CN=test.lab,O=albdoctor lab", "CN=albdoctor lab intermediate,O=albdoctor lab"])
            #expect(a.value(at: "http.status") as? Int == 200)
            #expect(a.value(at: "http.server") as? String == "nginx")
            #expect(a.value(at: "port80.http.status") as? Int == 301)
            #expect(a.value(at: "port80.http.location") as? String == "https://test.lab/")
            #expect(a.value(at: "rounds.succeeded") as? Int == 1)
            let b = document.address("10.77.2.2")
            #expect(b.value(at: "tcp.outcome") as? String == "timeout")
            #expect((b.value(at: "tcp.ms") as? Double ?? 0) >= 2000)
            #expect(b.value(at: "rounds.connected") as? Int == 0)
            #expect(document.rules == ["PRB001"])
            let finding = (document["findings"] as? [[String: Any]])?.first
            #expect(finding?["subject"] as? String == "10.77.2.2")
            #expect((finding?["message"] as? String)?.contains("10.77.2.2, 1 of 2 addresses of test.lab, timed out in 1 of 1 tries") == true)
            let resolution = (document["resolutions"] as? [String: Any])?["https://test.lab/"] as? [String: Any]
            #expect((resolution?["answers"] as? [[String: Any]])?.compactMap { $0["ttl"] as? Int } == [60, 60])
        }
    }

    @Test func roundsAndTheTextTable() async throws {
        try await inLab { lab in
            let result = try await lab.probe(["https://www.test.lab/", "--rounds", "3", "--interval", "100ms", "--connect-timeout", "1s"])
            #expect(result.status == 1)
            #expect(result.stdout.contains("via CNAME test.lab"))
            let rows = result.stdout.split(separator: "\n")
            #expect(rows.contains { $0.contains("✓  10.77.1.2") && $0.contains("301 → https://www.test.lab/") && $0.hasSuffix("3/3") })
            #expect(rows.contains { $0.contains("✗  10.77.2.2") && $0.contains("✗ timeout") && $0.hasSuffix("0/3") })
            #expect(result.stdout.contains("timed out in 3 of 3 tries"))
            #expect(result.stdout.contains("✓ valid for www.test.lab, trusted via CN=albdoctor lab root"))
        }
    }

    @Test func brokenCertificatesAndServersAreNamed() async throws {
        try await inLab { lab in
            let cases: [(name: String, rules: [String], status: Int32)] = [
                ("expired.lab", ["PRB008"], 1),
                ("soon.lab", ["PRB009"], 0),
                ("other.lab", ["PRB010"], 1),
                ("nochain.lab", ["PRB011"], 1),
                ("refused.lab", ["PRB001"], 1),
                ("unreachable.lab", ["PRB001"], 1),
                ("silent.lab", ["PRB004"], 1),
                ("badredirect.lab", ["PRB007"], 0),
                ("v6dead.lab", ["PRB003"], 1),
                ("v6.lab", [], 0),
            ]
            for (name, rules, status) in cases {
                let result = try await lab.probeJSON([name, "--connect-timeout", "1s", "--timeout", "2s"])
                #expect(result.document.rules == rules, "\(name): \(result.document["findings"] ?? result.stderr)")
                #expect(result.status == status, "\(name)")
            }
            let silent = try await lab.probeJSON(["silent.lab", "--connect-timeout", "1s", "--timeout", "2s"]).document.address("10.77.1.4")
            #expect(silent.value(at: "tls.failure.kind") as? String == "timeout")
            let refused = try await lab.probeJSON(["refused.lab"]).document.address("10.77.1.3")
            #expect(refused.value(at: "tcp.outcome") as? String == "refused")
            let unreachable = try await lab.probeJSON(["unreachable.lab"]).document
            #expect(unreachable.address("10.77.3.2").value(at: "tcp.outcome") as? String == "unreachable")
            let message = (unreachable["findings"] as? [[String: Any]])?.first?["message"] as? String ?? ""
            #expect(message.contains("was unreachable in 1 of 1 tries") && message.contains("ICMP unreachable (No route to host)"), "\(message)")
            let expired = try await lab.probeJSON(["expired.lab"]).document.address("10.77.1.2")
            #expect(expired.value(at: "tls.verification.expired") as? Bool == true)
            #expect(expired.value(at: "tls.verification.trusted") as? Bool == true)
            // --dns-rounds asks the server again and keeps, per address, how many answers held it.
            let asked = try await lab.probeJSON(["v6.lab", "--dns-rounds", "3"]).document
            let resolution = (asked["resolutions"] as? [String: Any])?["https://v6.lab/"] as? [String: Any]
            #expect(resolution?["rounds"] as? Int == 3)
            #expect((resolution?["answers"] as? [[String: Any]])?.map { "\($0["address"] ?? "") \($0["seenInRounds"] ?? "")" } == ["10.77.1.2 3", "fd77:1::2 3"])
            let v6 = try await lab.probeJSON(["v6.lab", "-6"]).document
            #expect(v6.addresses.map { $0["address"] as? String } == ["fd77:1::2"])
            #expect(v6.address("fd77:1::2")["family"] as? String == "ipv6")
            #expect(v6.address("fd77:1::2").value(at: "http.status") as? Int == 200)
            // Without --ca-file the lab's private root is not trusted, and the finding says what to pass.
            var environment = ProcessInfo.processInfo.environment
            environment["ALBDOCTOR_LANG"] = "en"  // English output whatever the machine's locale
            environment["NO_COLOR"] = "1"
            let untrusted = try await runProcess(Repository.executable, ["probe", "v6.lab", "-4", "--dns", lab.dns], environment: environment)
            #expect(untrusted.status == 1)
            #expect(untrusted.stdout.contains("error[PRB012]") && untrusted.stdout.contains("pass --ca-file"), "\(untrusted.stdout)")
        }
    }

    @Test func oneNodeByAddressKeepsTheHostForSNI() async throws {
        try await inLab { lab in
            let (status, document, _) = try await lab.probeJSON(["https://other.lab/", "--address", "10.77.1.2", "--no-port-80"])
            #expect(status == 1)
            #expect(document.rules == ["PRB010"])
            #expect(document.address("10.77.1.2")["port80"] == nil)
            // An IP literal is never sent as SNI, even when another address is probed.
            let literal = try await lab.probeJSON(["https://10.77.1.3/", "--address", "10.77.1.2", "--no-port-80"]).document.address("10.77.1.2")
            #expect(literal.value(at: "tls.version") as? String == "TLSv1.3", "\(literal)")
            #expect(literal.value(at: "tls.verification.nameMatches") as? Bool == false)
            #expect(literal.value(at: "http.status") as? Int == 200)
        }
    }

    @Test func aResolverThatRefusesAAAADoesNotStopTheProbe() async throws {
        try await inLab { lab in
            let (status, document, stderr) = try await lab.probeJSON(["test.lab", "--connect-timeout", "1s"], dns: lab.refusingDNS)
            // The A addresses are probed (node B still times out: exit 1, not 2), and the refusal is a note.
            #expect(status == 1, "\(stderr)")
            #expect(document.addresses.map { $0["address"] as? String } == ["10.77.1.2", "10.77.2.2"])
            #expect(document.rules.sorted() == ["PRB001", "PRB014"])
            let note = (document["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "PRB014" }
            #expect((note?["message"] as? String)?.hasPrefix("The AAAA lookup of test.lab failed (\(lab.refusingDNS) refused to resolve AAAA test.lab (REFUSED)") == true, "\(note ?? [:])")
            #expect(note?["severity"] as? String == "note")
            let failures = (document["resolutions"] as? [String: Any]).flatMap { $0["https://test.lab/"] as? [String: Any] }?["failures"] as? [[String: Any]]
            #expect(failures?.map { $0["recordType"] as? String } == ["AAAA"])
            // Only AAAA asked, and refused: nothing to probe, exit 2 with the server's answer.
            let v6 = try await lab.probe(["test.lab", "-6"], dns: lab.refusingDNS)
            #expect(v6.status == 2)
            #expect(v6.stderr.contains("refused to resolve AAAA test.lab (REFUSED)"), "\(v6.stderr)")
        }
    }
}
