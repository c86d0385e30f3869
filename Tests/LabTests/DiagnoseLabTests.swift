import Foundation
import Testing
import _TestSupport

/// `albdoctor diagnose` on the incident: the lab's addresses (node B blackholed) held by the node
/// interfaces of an ALB in moto_server, whose logs sit in moto's S3. In the lab's suite, so that
/// only one lab exists at a time.
extension SeedLabTests {
    /// moto holding the incident (or its healthy variant), and a HOME without AWS files.
    struct Incident {
        let moto: Moto
        let ids: [String: Any]
        let home: String
        let logsFolder: String

        static let requirements: [Requirement] = [.python("moto", "boto3", "flask", "flask_cors", packages: "'moto[server]' boto3")]

        /// Starts moto, builds the incident in it, runs `body`, then stops moto and removes HOME.
        static func with<T>(healthy: Bool = false, _ body: (Incident) async throws -> T) async throws -> T {
            let python = try #require(which("python3"))
            return try await withMoto { moto in
                let incident = try await Incident(moto: moto, python: python, healthy: healthy)
                defer { try? FileManager.default.removeItem(atPath: incident.home) }
                return try await body(incident)
            }
        }

        private init(moto: Moto, python: String, healthy: Bool) async throws {
            self.moto = moto
            home = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-diagnose-\(UUID().uuidString.prefix(8))").path
            logsFolder = home + "/logs"
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            let created = try await runProcess(python, [Repository.path("Tests/LabTests/Peers/incident_account.py"), moto.endpoint, "create", "10.77.1.2", "10.77.2.2",
                                                        "--copy-logs", logsFolder] + (healthy ? ["--healthy"] : []))
            guard created.status == 0, let object = try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any] else {
                throw PeerError(message: "building the incident in moto failed: \(created.stderr)")
            }
            ids = object
        }

        func id(_ name: String) -> String { ids[name] as? String ?? "?" }

        /// Credentials for moto, nothing from the machine's own AWS files or instance metadata.
        var environment: [String: String] {
            ["HOME": home, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "NO_COLOR": "1",
             "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_EC2_METADATA_DISABLED": "true"]
        }

    }

    /// `albdoctor diagnose URL --dns LAB --ca-file ROOT --format json ARGS`.
    private func diagnose(_ lab: Lab, _ url: String, _ arguments: [String], environment: [String: String]) async throws -> (status: Int32, document: [String: Any], stderr: String) {
        let result = try await runProcess(
            Repository.executable, ["diagnose", url, "--dns", lab.dns, "--ca-file", lab.rootCA, "--connect-timeout", "2s", "--format", "json"] + arguments,
            environment: environment)
        let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result.status, object ?? [:], result.stderr)
    }

    private func views(_ diagnosis: [String: Any]) -> [String: [String: Any]] {
        Dictionary(((diagnosis["views"] as? [[String: Any]]) ?? []).map { ($0["view"] as? String ?? "?", $0) }, uniquingKeysWith: { first, _ in first })
    }

    private func evidence(_ diagnosis: [String: Any], _ view: String) -> [String] {
        ((diagnosis["evidence"] as? [[String: Any]]) ?? []).filter { $0["view"] as? String == view }.compactMap { $0["message"] as? String }
    }

    @Test(.requires(Incident.requirements))
    func diagnoseNamesTheNodeSubnetRouteTableAndFix() async throws {
        try await inLab { lab in
            try await Incident.with { incident in
                let (status, document, stderr) = try await diagnose(
                    lab, "https://test.lab/", ["--endpoint-url", incident.moto.endpoint, "--region", "ap-northeast-1", "--templates", Repository.path("fixtures/unrouted-alb-subnet")],
                    environment: incident.environment)
                #expect(status == 1, "\(stderr)")
                let diagnosis = try #require(document["diagnosis"] as? [String: Any], "\(stderr)")
                #expect(diagnosis["verdict"] as? String == "broken")
                let cause = try #require(diagnosis["rootCause"] as? [String: Any])
                #expect(cause["address"] as? String == "10.77.2.2")
                #expect(cause["loadBalancer"] as? String == "test-alb")
                #expect(cause["networkInterface"] as? String == incident.id("interfaceB"))
                #expect(cause["subnet"] as? String == incident.id("subnetB"))
                #expect(cause["availabilityZone"] as? String == "ap-northeast-1c")
                #expect(cause["routeTable"] as? String == incident.id("mainRouteTable"))
                #expect(cause["rules"] as? [String] == ["PRB001", "ALB001"])
                #expect(cause["affectedClients"] as? Int == incident.ids["orphanClients"] as? Int)
                #expect((cause["message"] as? String)?.contains("the VPC's main route table") == true)
                let fix = try #require(diagnosis["fix"] as? [String: Any])
                #expect(fix["command"] as? String == "aws ec2 associate-route-table --subnet-id \(incident.id("subnetB")) --route-table-id \(incident.id("publicRouteTable"))")
                #expect((fix["template"] as? String)?.contains("PublicSubnetBRouteTableAssociation:") == true)
                #expect((fix["templateLocation"] as? String)?.hasSuffix("fixtures/unrouted-alb-subnet/network.yaml:40:3") == true)
                // Each view's part of the chain.
                #expect(evidence(diagnosis, "probe").contains { $0.hasPrefix("10.77.2.2, 1 of 2 addresses of test.lab, timed out in 6 of 6 tries") })
                #expect(evidence(diagnosis, "account").contains { $0.contains(incident.id("interfaceB")) && $0.contains(incident.id("subnetB")) })
                #expect(evidence(diagnosis, "logs").contains { $0.hasPrefix("10.77.1.2 wrote 12 access-log and 12 connection-log files") })
                #expect(evidence(diagnosis, "logs").contains { $0.hasPrefix("10.77.2.2 wrote no log in") })
                #expect(evidence(diagnosis, "logs").contains { $0.hasPrefix("\(incident.ids["orphanClients"] as? Int ?? -1) of \(incident.ids["redirectedClients"] as? Int ?? -1) clients redirected to HTTPS never arrived") })
                #expect(evidence(diagnosis, "template").contains { $0.contains("network.yaml:40:3: PublicSubnetB (ap-northeast-1c) uses the main route table") })
                let logs = views(diagnosis)["logs"]
                #expect(logs?["used"] as? Bool == true)
                // The other load balancer's file in the same folder is not read.
                #expect((logs?["summary"] as? String)?.hasPrefix("24 files from s3://alb-logs/prod") == true, "\(logs ?? [:])")
                #expect(Set(document.rules) == ["PRB001", "ALB001", "LOG001", "ALB012"])  // ALB012: the templates enable no connection logs

                // The same diagnosis for a team that reads Japanese: the root cause, the account's
                // and the logs' evidence and the fix's lead in Japanese; ids, addresses, commands as they are.
                let japanese = try await runProcess(
                    Repository.executable,
                    ["diagnose", "https://test.lab/", "--dns", lab.dns, "--ca-file", lab.rootCA, "--connect-timeout", "2s", "--lang", "ja",
                     "--endpoint-url", incident.moto.endpoint, "--region", "ap-northeast-1", "--templates", Repository.path("fixtures/unrouted-alb-subnet")],
                    environment: incident.environment)
                #expect(japanese.status == 1, "\(japanese.stderr)")
                let text = japanese.stdout
                #expect(text.contains("根本原因: "), "\(text)")
                #expect(text.contains("メインルートテーブル \(incident.id("mainRouteTable"))"), "\(text)")
                #expect(text.contains("10.77.2.2 は \(incident.id("interfaceB"))"), "the account's evidence in Japanese: \(text)")
                #expect(text.contains("10.77.2.2 はログを 1 つも書いていません"), "\(text)")
                #expect(text.contains("\n修正\n  aws ec2 associate-route-table --subnet-id \(incident.id("subnetB"))"), "\(text)")
                #expect(text.contains("スタック network に追加します:"), "the template's fix in Japanese: \(text)")
                #expect(text.contains("エラー[ALB001]"))
                // The whole report, word for word: what changes from run to run (moto's ids, the
                // times of the logs, the lab's DNS port, where the repository is) replaced by names.
                let golden = (try? String(contentsOfFile: Repository.path("Tests/ALBDoctorTests/Golden/diagnose-incident.ja.txt"), encoding: .utf8)) ?? "(no golden file)"
                let actual = normalized(text, incident: incident, lab: lab)
                if actual != golden {
                    let written = Repository.path(".build/diagnose-incident.ja.actual.txt")
                    try? actual.write(toFile: written, atomically: true, encoding: .utf8)
                    Issue.record("the Japanese diagnosis differs from Tests/ALBDoctorTests/Golden/diagnose-incident.ja.txt; this run's is in \(written): read the difference, then copy it over the golden file")
                }
            }
        }
    }

    /// `text` with what changes from run to run replaced: moto's ids by their names (`<subnetB>`),
    /// times by `<time>`, clients by `<client>`, measured seconds by `<seconds>`, the lab's DNS
    /// server by `<dns>`, the repository's folder by nothing.
    private func normalized(_ text: String, incident: Incident, lab: Lab) -> String {
        var text = text.replacingOccurrences(of: Repository.root.path + "/", with: "")
        for (name, value) in incident.ids.compactMapValues({ $0 as? String }).sorted(by: { $0.value.count > $1.value.count }) {
            text = text.replacingOccurrences(of: value, with: "<\(name)>")
        }
        text = text.replacingOccurrences(of: lab.dns, with: "<dns>")
        text = text.replacing(#/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/#, with: "<time>")
        text = text.replacing(#/app\/test-alb\/[0-9a-f]+/#, with: "app/test-alb/<id>")
        // The clients' addresses in the logs are numbered by the time of their visit.
        text = text.replacing(#/198\.51\.\d+\.\d+/#, with: "<client>")
        // How long the timed-out tries took is measured (2.0 s, or 2.1 s on a busy machine).
        text = text.replacing(#/接続タイムアウト: \d+\.\d s/#, with: "接続タイムアウト: <seconds> s")
        // How many redirects fell in the busiest five minutes depends on where the clock's
        // five-minute marks fall in the hour of logs.
        return text.replacing(#/<time> \(\d+\)/#, with: "<time> (<count>)")
    }

    @Test(.requires(Incident.requirements))
    func diagnoseSaysWhatItCheckedWhenNothingIsWrong() async throws {
        try await inLab { lab in
            try await Incident.with(healthy: true) { incident in
                // v6.lab -4 is node A alone, whose interface the account knows.
                let (status, document, stderr) = try await diagnose(
                    lab, "https://v6.lab/", ["-4", "--endpoint-url", incident.moto.endpoint, "--region", "ap-northeast-1"], environment: incident.environment)
                #expect(status == 0, "\(stderr) \(document)")
                let diagnosis = try #require(document["diagnosis"] as? [String: Any])
                #expect(diagnosis["verdict"] as? String == "healthy")
                #expect(diagnosis["rootCause"] == nil)
                let checked = diagnosis["checked"] as? [String] ?? []
                #expect(checked.count == 3, "\(checked)")
                #expect(checked.first?.hasPrefix("probe: every address of v6.lab (10.77.1.2)") == true)
                #expect(checked.contains { $0.hasPrefix("account: test-alb's subnets") })
                #expect(checked.contains { $0.hasPrefix("logs: no redirected client went missing") })
                #expect(views(diagnosis).values.allSatisfy { $0["used"] as? Bool == true })
            }
        }
    }

    @Test(.requires(Incident.requirements))
    func withoutCredentialsProbeAndLogsStillNameTheAddress() async throws {
        try await inLab { lab in
            try await Incident.with { incident in
                var environment = incident.environment
                environment["AWS_ACCESS_KEY_ID"] = nil
                environment["AWS_SECRET_ACCESS_KEY"] = nil
                let result = try await runProcess(
                    Repository.executable, ["diagnose", "test.lab", "--dns", lab.dns, "--ca-file", lab.rootCA, "--connect-timeout", "2s", "--region", "ap-northeast-1",
                                            "--logs", incident.logsFolder],
                    environment: environment)
                #expect(result.status == 1, "\(result.stderr)")
                let text = result.stdout
                #expect(text.contains("Root cause: 10.77.2.2, 1 of 2 addresses of test.lab, timed out in 6 of 6 tries"))
                #expect(text.contains("clients hurt  \(incident.ids["orphanClients"] as? Int ?? -1) redirected to HTTPS and never arrived"), "\(text)")
                #expect(text.contains("✗ account: no AWS credentials found"))
                #expect(text.contains("would add: which load-balancer node, subnet and route table each address is"))
                #expect(text.contains("to use it: pass --profile NAME"))
                #expect(text.contains("✓ logs: 24 files from \(incident.logsFolder)"))
                #expect(text.contains("[logs]  10.77.2.2 wrote no log in"))
            }
        }
    }

    @Test(.requires(Incident.requirements))
    func s3AccessDeniedLeavesTheOtherViews() async throws {
        try await inLab { lab in
            try await Incident.with { incident in
                let snapshot = incident.home + "/snapshot.json"
                let saved = try await runProcess(
                    Repository.executable, ["aws", "--endpoint-url", incident.moto.endpoint, "--region", "ap-northeast-1", "--save-snapshot", snapshot], environment: incident.environment)
                #expect(saved.status == 1, "\(saved.stderr)")
                let python = try #require(which("python3"))
                try await withPeer(python, [Repository.path("Tests/LabTests/Peers/s3_denied.py")]) { denying in
                    let (status, document, stderr) = try await diagnose(lab, "https://test.lab/", ["--snapshot", snapshot, "--endpoint-url", denying.endpoint], environment: incident.environment)
                    #expect(status == 1, "\(stderr)")
                    let diagnosis = try #require(document["diagnosis"] as? [String: Any], "\(stderr)")
                    let cause = try #require(diagnosis["rootCause"] as? [String: Any])
                    #expect(cause["subnet"] as? String == incident.id("subnetB"))
                    #expect(cause["affectedClients"] == nil)
                    let logs = try #require(views(diagnosis)["logs"])
                    #expect(logs["used"] as? Bool == false)
                    #expect((logs["summary"] as? String)?.contains("may not call s3:ListBucket") == true, "\(logs)")
                    #expect((logs["summary"] as? String)?.contains("AWS said: Access Denied") == true)
                    #expect((logs["enable"] as? String)?.contains("allow s3:ListBucket and s3:GetObject on s3://alb-logs/prod") == true)
                    #expect(views(diagnosis)["account"]?["summary"] as? String == "snapshot \(snapshot) (ap-northeast-1): 1 load balancer, 5 subnets")
                }
            }
        }
    }

    /// Credentials that may read the logs' bucket but not describe the account: the account view
    /// says why it is missing, and the logs are still read with the same credentials.
    @Test(.requires(Incident.requirements))
    func ec2DeniedStillReadsTheLogsBucket() async throws {
        try await inLab { lab in
            try await Incident.with { incident in
                let python = try #require(which("python3"))
                try await withPeer(python, [Repository.path("Tests/LabTests/Peers/ec2_denied.py"), incident.moto.endpoint]) { denying in
                    let (status, document, stderr) = try await diagnose(
                        lab, "https://test.lab/", ["--endpoint-url", denying.endpoint, "--region", "ap-northeast-1", "--logs", "s3://alb-logs/prod"], environment: incident.environment)
                    #expect(status == 1, "\(stderr)")
                    let diagnosis = try #require(document["diagnosis"] as? [String: Any], "\(stderr)")
                    let account = try #require(views(diagnosis)["account"])
                    #expect(account["used"] as? Bool == false)
                    #expect((account["summary"] as? String)?.contains("may not call ec2:Describe") == true, "\(account)")
                    let logs = try #require(views(diagnosis)["logs"])
                    #expect(logs["used"] as? Bool == true, "\(logs)")
                    #expect((logs["summary"] as? String)?.contains("files from s3://alb-logs/prod") == true, "\(logs)")
                    // Without the account, every file under the prefix is read (another load balancer's
                    // too, so the counts are not the incident's alone): the logs still add the
                    // clients who never came back.
                    #expect(evidence(diagnosis, "logs").contains { $0.contains(" clients redirected to HTTPS never arrived within 180 s") }, "\(evidence(diagnosis, "logs"))")
                }
            }
        }
    }

    @Test(.requires(Incident.requirements + [Chromium.requirement]))
    func theDiagnosisPageShowsTheHungAddressAndTheBrokenSubnet() async throws {
        try await inLab { lab in
            try await Incident.with { incident in
                var environment = incident.environment
                environment["SOURCE_DATE_EPOCH"] = "1766706000"
                let result = try await runProcess(
                    Repository.executable, ["diagnose", "https://test.lab/", "--dns", lab.dns, "--ca-file", lab.rootCA, "--connect-timeout", "2s",
                                            "--endpoint-url", incident.moto.endpoint, "--region", "ap-northeast-1", "--format", "html"],
                    environment: environment)
                #expect(result.status == 1, "\(result.stderr)")
                let page = incident.home + "/diagnose.html"
                try result.stdout.write(toFile: page, atomically: true, encoding: .utf8)
                let (dom, requests) = try await Chromium.dumpDOM(page, screenshot: try .init("diagnose.png", width: 1200, height: 2400))
                #expect(requests == [])
                #expect(dom.contains(#"<div class="cause" id="root-cause">"#))
                // The address matrix: the hung address timed out in every try, the other answered.
                #expect(dom.contains(#"<tr data-address="10.77.2.2"><th>10.77.2.2</th>"#))
                #expect(dom.firstMatch(of: /<tr data-address="10.77.2.2">.*?<td class="fail">timeout after 2\.\d s<\/td>.*?<td class="fail">0 of 6 succeeded<\/td><\/tr>/) != nil)
                #expect(dom.firstMatch(of: /<tr data-address="10.77.1.2">.*?<td class="good">6 of 6 succeeded<\/td><\/tr>/) != nil)
                // The network: subnet B broken, with node B's address in it.
                #expect(dom.contains(#"class="box subnet broken" data-subnet="\#(incident.id("subnetB"))""#))
                #expect(dom.contains(#"data-node="10.77.2.2""#))
                // The logs: node A's row, and the timeline.
                #expect(dom.contains(#"<tr data-node="10.77.1.2">"#))
                #expect(dom.contains(#"class="bar orphan""#))
            }
        }
    }
}
