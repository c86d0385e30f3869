import Foundation
import Testing
import _TestSupport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `albdoctor serve` on the incident, scraped by Debian's Prometheus: the blackholed node is down,
/// the healthy one up, the alert fires, every dashboard query runs; the status page in Chromium.
extension SeedLabTests {
    /// Debian's prometheus on a free loopback port with `config`, until `stop`.
    final class Prometheus: TestPeer {
        let process: SpawnedProcess
        let base: String
        let folder: String

        init(scraping target: String, rules: String) async throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-prometheus-\(UUID().uuidString.prefix(8))").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let port = Int.random(in: 41_000...49_000)
            try """
                global: { scrape_interval: 1s, evaluation_interval: 1s }
                rule_files: ["\(rules)"]
                scrape_configs:
                  - job_name: albdoctor
                    static_configs: [{ targets: ["\(target)"] }]
                """.write(toFile: folder + "/prometheus.yml", atomically: true, encoding: .utf8)
            process = try SpawnedProcess(try #require(which("prometheus")), [
                "--config.file=\(folder)/prometheus.yml", "--storage.tsdb.path=\(folder)/data", "--web.listen-address=127.0.0.1:\(port)", "--log.level=warn",
            ])
            base = "http://127.0.0.1:\(port)"
            let deadline = ContinuousClock.now + .seconds(30)
            while ContinuousClock.now < deadline {
                if (try? await get("/-/ready"))?.status == 200 { return }
                try await Task.sleep(for: .milliseconds(200))
            }
            await stop()
            throw PeerError(message: "prometheus did not become ready on \(base)")
        }

        func get(_ path: String) async throws -> (status: Int, body: Data) {
            var request = URLRequest(url: try #require(URL(string: base + path)))
            request.timeoutInterval = 10
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
        }

        /// An instant PromQL query: the status and each result's labels and value.
        func query(_ promql: String) async throws -> (status: String, results: [([String: String], Double)]) {
            let encoded = promql.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let object = try JSONSerialization.jsonObject(with: try await get("/api/v1/query?query=" + encoded).body) as? [String: Any] ?? [:]
            let results = ((object["data"] as? [String: Any])?["result"] as? [[String: Any]] ?? []).map { item in
                ((item["metric"] as? [String: String]) ?? [:], Double((item["value"] as? [Any])?.last as? String ?? "") ?? .nan)
            }
            return (object["status"] as? String ?? "?", results)
        }

        /// Polls `promql` until `condition` holds for its results.
        func wait(for promql: String, within seconds: Double = 40, until condition: ([([String: String], Double)]) -> Bool) async throws -> [([String: String], Double)] {
            let deadline = ContinuousClock.now + .seconds(seconds)
            var last: [([String: String], Double)] = []
            while ContinuousClock.now < deadline {
                last = try await query(promql).results
                if condition(last) { return last }
                try await Task.sleep(for: .milliseconds(500))
            }
            return last
        }

        func stop() async {
            await process.stop(SIGTERM)
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    @Test(.requires([.program("prometheus", package: "prometheus"), Chromium.requirement]))
    func prometheusSeesTheBlackholedNodeDownAndTheAlertFires() async throws {
        try await inLab { lab in
            try await withServe(["https://test.lab/", "--dns", lab.dns, "--ca-file", lab.rootCA, "--interval", "1s", "--connect-timeout", "1s"]) { serve in
                try await withStarted({ try await Prometheus(scraping: serve.base.replacingOccurrences(of: "http://", with: ""), rules: Repository.path("docs/prometheus/alerts.yml")) }) { prometheus in
                    let success = try await prometheus.wait(for: "albdoctor_probe_success") { $0.count == 2 }
                    let byAddress = Dictionary(success.map { ($0.0["address"] ?? "?", $0.1) }, uniquingKeysWith: { first, _ in first })
                    #expect(byAddress == ["10.77.1.2": 1, "10.77.2.2": 0], "\(success)")
                    #expect(success.allSatisfy { $0.0["target"] == "https://test.lab/" && $0.0["job"] == "albdoctor" })
                    // The incident's alert: node B failed three rounds in a row while node A answers.
                    let alerts = try await prometheus.wait(for: #"ALERTS{alertname="LoadBalancerNodeUnreachable",alertstate="firing"}"#) { !$0.isEmpty }
                    #expect(alerts.map { $0.0["address"] } == ["10.77.2.2"], "\(alerts)")
                    // Every panel of the dashboard runs without error.
                    let dashboard = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Repository.path("docs/prometheus/dashboard.json")))) as? [String: Any])
                    let expressions = (dashboard["panels"] as? [[String: Any]] ?? []).flatMap { ($0["targets"] as? [[String: Any]] ?? []).compactMap { $0["expr"] as? String } }
                    #expect(expressions.count >= 8)
                    for expression in expressions {
                        #expect(try await prometheus.query(expression).status == "success", "\(expression)")
                    }
                    #expect(try await prometheus.query("albdoctor_probe_success{address=\"10.77.2.2\"} == 0").results.count == 1)
                    // The status page as a person sees it.
                    let html = try await serve.get("/").body
                    let refresh = #"<meta http-equiv="refresh" content="1">"#
                    #expect(html.contains(refresh), "the page refreshes itself at the probing interval")
                    // Chromium's screenshot waits for ever when the page reloads itself between its
                    // load and the capture (more than the refresh's one second on a busy machine), so
                    // the page is looked at without its refresh.
                    let file = try Chromium.artifact("serve-status.html")
                    try html.replacingOccurrences(of: refresh, with: "").write(toFile: file, atomically: true, encoding: .utf8)
                    let (dom, requests) = try await Chromium.dumpDOM(file, screenshot: try .init("serve-status.png", width: 1100, height: 900))
                    #expect(requests == [])
                    #expect(dom.contains(#"<tr data-address="10.77.2.2" data-up="0"><th>10.77.2.2</th><td class="fail">down</td>"#))
                    #expect(dom.contains(#"<tr data-address="10.77.1.2" data-up="1"><th>10.77.1.2</th><td class="good">up</td>"#))
                    let (status, seconds) = await serve.stop(SIGTERM)
                    #expect(status == 0)
                    // A guard against a stop that hangs, not a speed check.
                    #expect(seconds < 15, "stopped after \(seconds) s")
                }
            }
        }
    }
}
