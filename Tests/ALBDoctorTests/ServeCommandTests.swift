import Foundation
import Testing
import _TestSupport

/// `albdoctor serve` on loopback targets: metrics, /probe, reload, shutdown, a target that trickles.
@Suite(.timeLimit(.minutes(5)))
struct ServeCommandTests {
    /// The HTTP peer (Tests/Peers/http_peer.py) with `arguments`, for the time of `body`.
    private func withHTTPPeer<T>(_ arguments: [String] = [], _ body: (Peer) async throws -> T) async throws -> T {
        try await withPeer(try #require(which("python3")), [Repository.path("Tests/Peers/http_peer.py")] + arguments, body)
    }

    private func file(_ text: String, _ name: String = "serve.yaml") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-serve-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        return folder + "/" + name
    }

    @Test(arguments: [
        ("targets:\n  - url: http://127.0.0.1:1/\n    intervall: 1s\n", ":3:5: unknown key 'intervall'; expected one of interval, connect_timeout"),
        ("interval: soon\ntargets:\n  - url: http://127.0.0.1:1/\n", ":1:11: interval 'soon': expected a duration from 1ms to 8760h (a year), such as 500ms, 15s or 1m"),
        ("targets:\n  - url: http://127.0.0.1:1/\n    timeout: 1e30\n", ":3:14: timeout '1e30': expected a duration from 1ms to 8760h (a year)"),
        ("targets:\n  - interval: 1s\n", ":2:5: expected a target with `url:`"),
        ("targets:\n  - url: ftp://x/\n", ":2:10: "),
        ("targets: [\n", "not YAML"),
        ("targets:\n  - url: http://127.0.0.1:1/\n    family: ipv5\n", ":3:13: family 'ipv5': expected ipv4 or ipv6"),
    ])
    func aBadConfigurationSaysWhereAndWhat(text: String, expected: String) async throws {
        let path = try file(text)
        let result = try await runProcess(Repository.executable, ["serve", "--config", path, "--listen", "127.0.0.1:0"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(path + expected) || (expected == "not YAML" && result.stderr.contains("\(path): not YAML")), "\(result.stderr)")
    }

    @Test func badOptionsAreRefused() async throws {
        let listen = try await runProcess(Repository.executable, ["serve", "http://127.0.0.1:1/", "--listen", "9153"])
        #expect(listen.status == 2)
        #expect(listen.stderr.contains("The value '9153' is invalid for '--listen <host:port>'"), "\(listen.stderr)")
        let none = try await runProcess(Repository.executable, ["serve"])
        #expect(none.stderr.contains("Give URLs to watch or --config FILE"))
    }

    @Test func metricsProbeAndAGracefulStop() async throws {
        try await withHTTPPeer { web in
            let target = web.endpoint + "/"
            try await withServe([target, "--interval", "300ms", "--connect-timeout", "5s", "--timeout", "5s"]) { serve in
                // Two rounds that connected (on a loaded machine a round may time out; it still counts as a round).
                let metrics = try await serve.metrics {
                    (metricValue($0, "albdoctor_probe_tcp_outcomes_total", ["target": target, "address": "127.0.0.1", "outcome": "ok"]) ?? 0) >= 2
                        && metricValue($0, "albdoctor_probe_success", ["target": target, "address": "127.0.0.1", "family": "ipv4"]) == 1
                }
                #expect((metricValue(metrics, "albdoctor_target_rounds_total", ["target": target]) ?? 0) >= 2)
                #expect(metricValue(metrics, "albdoctor_probe_success", ["target": target, "address": "127.0.0.1", "family": "ipv4"]) == 1)
                #expect(metricValue(metrics, "albdoctor_target_addresses", ["target": target]) == 1)
                #expect(metricValue(metrics, "albdoctor_probe_tcp_outcomes_total", ["target": target, "address": "127.0.0.1", "outcome": "ok"]) ?? 0 >= 2)
                #expect(metrics.contains("# TYPE albdoctor_probe_phase_duration_seconds histogram"))
                #expect(!metrics.contains("\nup{"))
                // /probe: a fresh probe of a configured target; anything else is refused.
                let probe = try await serve.get("/probe?target=" + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
                #expect(probe.status == 200)
                #expect(metricValue(probe.body, "albdoctor_probe_success", ["target": target, "address": "127.0.0.1", "family": "ipv4"]) == 1)
                #expect(try await serve.get("/probe?target=http%3A%2F%2F127.0.0.1%3A9%2F").status == 403)
                #expect(try await serve.get("/probe?target=http%3A%2F%2F169.254.169.254%2F").status == 403)
                #expect(try await serve.get("/probe").status == 400)
                let health = try await serve.get("/healthz")
                #expect(health.status == 200 && health.body == "ok\n")
                let page = try await serve.get("/")
                #expect(page.body.contains(#"<tr data-address="127.0.0.1" data-up="1">"#))
                #expect(page.body.contains(#"<meta http-equiv="refresh" content="1">"#))
                let (status, seconds) = await serve.stop(SIGTERM)
                let log = await serve.log
                #expect(status == 0, "\(log)")
                // A guard against a stop that hangs or waits out a round's 5 s timeouts, not a speed check.
                #expect(seconds < 4.5, "stopped after \(seconds) s")
                #expect(log.contains("round"))
            }
        }
    }

    @Test func aTricklingTargetDoesNotDelayTheOthers() async throws {
        try await withHTTPPeer { web in
            try await withHTTPPeer(["--trickle"]) { slow in
                let config = try file("""
                    targets:
                      - url: \(slow.endpoint)/
                        interval: 300ms
                        timeout: 30s
                      - url: \(web.endpoint)/
                        interval: 300ms
                    """)
                try await withServe(["--config", config]) { serve in
                    let start = Date()
                    let metrics = try await serve.metrics(within: 25) { (metricValue($0, "albdoctor_target_rounds_total", ["target": web.endpoint + "/"]) ?? 0) >= 6 }
                    let elapsed = Date().timeIntervalSince(start)
                    // Six rounds of the quick target while the slow one (30 s deadline) has not finished its first.
                    #expect((metricValue(metrics, "albdoctor_target_rounds_total", ["target": web.endpoint + "/"]) ?? 0) >= 6)
                    #expect(metricValue(metrics, "albdoctor_target_rounds_total", ["target": slow.endpoint + "/"]) == nil, "elapsed \(elapsed) s")
                    #expect(await serve.stop(SIGTERM).status == 0)
                }
            }
        }
    }

    @Test func sighupReloadsAndABadFileKeepsTheRunningConfiguration() async throws {
        try await withHTTPPeer { first in
            try await withHTTPPeer { second in
                let config = try file("interval: 300ms\ntargets:\n  - url: \(first.endpoint)/\n")
                try await withServe(["--config", config]) { serve in
                    _ = try await serve.metrics { metricValue($0, "albdoctor_target_rounds_total", ["target": first.endpoint + "/"]) != nil }
                    try "interval: 300ms\ntargets:\n  - url: \(second.endpoint)/\n".write(toFile: config, atomically: true, encoding: .utf8)
                    serve.process.signal(SIGHUP)
                    let swapped = try await serve.metrics { metricValue($0, "albdoctor_target_rounds_total", ["target": second.endpoint + "/"]) != nil }
                    #expect(metricValue(swapped, "albdoctor_target_rounds_total", ["target": second.endpoint + "/"]) != nil)
                    #expect(metricValue(swapped, "albdoctor_target_rounds_total", ["target": first.endpoint + "/"]) == nil, "a removed target's series go with it")
                    // A file that cannot be used: said with its line, and the running targets go on.
                    try "interval: 300ms\ntargets:\n  - url: \(second.endpoint)/\n    bogus: 1\n".write(toFile: config, atomically: true, encoding: .utf8)
                    let before = metricValue(try await serve.get("/metrics").body, "albdoctor_target_rounds_total", ["target": second.endpoint + "/"]) ?? 0
                    serve.process.signal(SIGHUP)
                    let after = try await serve.metrics { (metricValue($0, "albdoctor_target_rounds_total", ["target": second.endpoint + "/"]) ?? 0) >= before + 3 }
                    #expect((metricValue(after, "albdoctor_target_rounds_total", ["target": second.endpoint + "/"]) ?? 0) >= before + 3)
                    #expect(await serve.stop(SIGTERM).status == 0)
                    let log = await serve.log
                    #expect(log.contains("configuration not reloaded; the previous one keeps running"))
                    #expect(log.contains("\(config):4:5: unknown key 'bogus'"), "\(log)")
                }
            }
        }
    }

    @Test(.requires(.program("promtool", package: "prometheus")))
    func promtoolAcceptsTheMetricsAndTheRules() async throws {
        try await withHTTPPeer { web in
            try await withServe([web.endpoint + "/", "--interval", "300ms"]) { serve in
                let metrics = try await serve.metrics { (metricValue($0, "albdoctor_target_rounds_total", ["target": web.endpoint + "/"]) ?? 0) >= 1 }
                _ = await serve.stop(SIGTERM)
                let path = try file(metrics, "metrics.txt")
                let checked = try await runProcess("/bin/sh", ["-c", "promtool check metrics < '\(path)'"])
                #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
                let rules = try await runProcess(try #require(which("promtool")), ["check", "rules", Repository.path("docs/prometheus/alerts.yml")])
                #expect(rules.status == 0, "\(rules.stdout)\(rules.stderr)")
                #expect(rules.stdout.contains("SUCCESS: 3 rules found"))
            }
        }
    }
}
