import Addresses
import ALBLogs
import AWSModel
import Diagnose
import Findings
import Foundation
import ProbeModel
import Rules
import Localization
import Testing
import Topology

/// `DiagnosisBuilder` on values built by hand: the incident (node B of `shop` in a subnet whose
/// route table has no internet route), a healthy deployment, each view missing, two failing
/// addresses, and findings whose messages are reworded.
@Suite struct DiagnosisBuilderTests {
    static let arn = ShopAccount.arn
    static let nodeA = ShopAccount.nodeA
    static let nodeB = ShopAccount.nodeB

    // MARK: The views, as values

    /// Subnet A uses rtb-public (0.0.0.0/0 to igw-1) unless not `routedA`; subnet B, unless
    /// `routedB`, the main table (local only).
    static func inventory(routedB: Bool = false, routedA: Bool = true) -> Inventory {
        let associations = [(routedA, "a"), (routedB, "b")].filter(\.0).map { ShopAccount.Association(id: "rtbassoc-\($0.1)", subnetId: "subnet-\($0.1)", gatewayId: nil, main: false) }
        let publicTable = Inventory.RouteTable(id: "rtb-public", vpcId: "vpc-1", routes: [ShopAccount.local, ShopAccount.route("0.0.0.0/0", "igw-1")], associations: associations)
        return ShopAccount.inventory(routeTables: [publicTable])
    }

    static func account(_ inventory: Inventory, addresses: [String]) throws -> DiagnosisInput.AccountView {
        let topology = inventory.topology()
        let match = try #require(LoadBalancerMatch.find(in: inventory, cnames: ["shop-1.ap-northeast-1.elb.amazonaws.com"], addresses: addresses.compactMap(IPAddress.init)))
        return .init(inventory: inventory, source: .region(name: "ap-northeast-1"), findings: RuleRegistry.check(topology), match: match, topology: topology)
    }

    /// One address tried six times: `connected` of them connected and answered.
    static func address(_ text: String, connected: Int) throws -> AddressReport {
        let ip = try #require(IPAddress(text))
        let works = connected > 0
        let outcomes = Array(repeating: ConnectionResult.TCPOutcome.ok, count: connected) + Array(repeating: .timeout, count: 6 - connected)
        return AddressReport(
            url: "https://shop.test/", address: ip, family: ip.family,
            tcp: .init(outcome: works ? .ok : .timeout, ms: works ? 2 : 2000),
            tls: works ? .init(version: "TLSv1.3", ms: 5, chain: []) : nil,
            http: works ? .init(status: 200, firstByteMs: 3) : nil,
            phases: .init(totalMs: 10),
            rounds: .init(count: 6, connected: connected, succeeded: connected, successRatio: Double(connected) / 6,
                          tcpOutcomes: outcomes, failures: connected == 6 ? [:] : ["tcp timeout": 6 - connected]))
    }

    static func probe(_ addresses: [AddressReport]) -> DiagnosisInput.ProbeView {
        let report = ProbeReport(url: "https://shop.test/", host: "shop.test", port: 443,
                                 resolution: Resolution(source: "test", answers: [], cnames: ["shop-1.ap-northeast-1.elb.amazonaws.com"], rounds: 6, ms: 1),
                                 addresses: addresses, rounds: 6)
        return .init(report: report, findings: report.findings())
    }

    /// Node A wrote logs, node B none; 3 of 10 redirected clients never came back.
    static func logs() throws -> DiagnosisInput.LogsView {
        let json = """
            {"input": {"files": 4, "bytes": 1000, "lines": 40, "accessEntries": 30, "connectionEntries": 10, "filteredOut": 0, "malformedLines": 0,
                       "malformedSamples": [], "skippedFiles": [], "problems": []},
             "orphanRedirects": {"windowSeconds": 30, "redirects": 12, "redirectedClients": 10, "orphanRedirects": 3, "orphanClients": 3, "share": 0.3,
                                 "clients": [{"client": "192.0.2.1:5000", "time": "2026-11-27T15:04:00.000000Z"},
                                             {"client": "192.0.2.2:5000", "time": "2026-11-27T15:01:00.000000Z"},
                                             {"client": "192.0.2.3:5000", "time": "2026-11-27T15:09:00.000000Z"}],
                                 "perFiveMinutes": []},
             "tlsFailures": {"connections": 10, "failures": 0, "byCode": {}, "byListenerPort": {}, "byNode": {}, "clients": [],
                             "connectionsWithoutRequest": 0, "clientsWithoutRequest": [], "perFiveMinutes": []},
             "errors": {"requests": 30, "loadBalancerStatus": {}, "errorReasons": {}, "targetProcessingMilliseconds": {}, "requestsPerNode": {}},
             "nodes": [{"node": "\(nodeA)", "accessFiles": 2, "connectionFiles": 2, "accessEntries": 30, "connectionEntries": 10}]}
            """
        let analysis = try JSONDecoder().decode(LogAnalysis.self, from: Data(json.utf8))
        let since = try #require(LogTime("2026-11-27T15:00:00Z"))
        let until = try #require(LogTime("2026-11-27T18:00:00Z"))
        return .init(analysis: analysis, source: "s3://logs/prod", period: LogPeriod(since: since, until: until), findings: analysis.findings)
    }

    /// The template's ALB001 on the same subnet, with its snippet.
    static func templates() -> DiagnosisInput.TemplateView {
        let finding = Finding(
            ruleID: "ALB001", severity: .error, title: LocalizedText(english: "Load-balancer subnet has no route to the internet"),
            message: LocalizedText(english: "PublicSubnetB (ap-northeast-1c) uses the main route table of VPC, which has no 0.0.0.0/0 route to an internet gateway."),
            subject: .resource(.subnet, stack: "network", id: "PublicSubnetB"), related: [.resource(.loadBalancer, stack: "alb", id: "ALB")],
            location: Location(file: "network.yaml", line: 40, column: 3), fix: LocalizedText(english: "PublicSubnetBRouteTableAssociation: …"))
        return .init(findings: [finding], scope: LocalizedText(english: "2 stacks"), topology: Topology(source: .templates(region: "ap-northeast-1")))
    }

    static func incident() throws -> DiagnosisInput {
        try DiagnosisInput(
            url: "https://shop.test/", probe: probe([address(nodeA, connected: 6), address(nodeB, connected: 0)]),
            account: account(inventory(), addresses: [nodeA, nodeB]), logs: logs(), templates: templates())
    }

    // MARK: Tests

    @Test func theIncidentNamesTheNodeSubnetRouteTableSinceWhenAndTheFix() throws {
        let diagnosis = DiagnosisBuilder.build(try Self.incident())
        #expect(diagnosis.verdict == .broken)
        let cause = try #require(diagnosis.rootCause)
        #expect(cause.address?.text == Self.nodeB)
        #expect(cause.loadBalancer == "shop")
        #expect(cause.networkInterface == "eni-b")
        #expect(cause.subnet == "subnet-b")
        #expect(cause.availabilityZone == "ap-northeast-1c")
        #expect(cause.routeTable == "rtb-main")
        #expect(cause.rules == ["PRB001", "ALB001"])
        #expect(cause.affectedClients == 3)
        #expect(cause.since == LogTime("2026-11-27T15:01:00Z").map { .firstLostClient(at: $0) })
        #expect(cause.since?.description == "2026-11-27T15:01:00.000000Z")
        #expect(cause.message.english.hasPrefix("\(Self.nodeB) failed 6 of 6 tries: "))
        #expect(diagnosis.fix?.command?.english.contains("--subnet-id subnet-b") == true)
        #expect(diagnosis.fix?.template?.english == "PublicSubnetBRouteTableAssociation: …")
        #expect(diagnosis.fix?.templateLocation == "network.yaml:40:3")
        // The chain names each view's subject as a value.
        #expect(diagnosis.evidence.contains { $0.view == .account && $0.subjects == [.resource(.subnet, stack: nil, id: "subnet-b")] })
        let silence = try #require(diagnosis.evidence.first { $0.view == .logs && $0.subjects.map(\.description) == [Self.nodeB] })
        guard case .nodeSilent(let address, let period, _, _) = silence.fact else {
            Issue.record("the logs' evidence on \(Self.nodeB) is \(silence.fact), not its silence")
            return
        }
        #expect(address.text == Self.nodeB)
        #expect(period.since == LogTime("2026-11-27T15:00:00Z"))
        #expect(silence.message.english.hasPrefix("\(Self.nodeB) wrote no log in 2026-11-27T15:00:00Z – 2026-11-27T18:00:00Z"))
        #expect(diagnosis.evidence.contains { $0.view == .template && $0.subjects == [.resource(.subnet, stack: "network", id: "PublicSubnetB")] })
    }

    @Test func aHealthyDeploymentSaysWhatWasChecked() throws {
        let input = try DiagnosisInput(
            url: "https://shop.test/", probe: Self.probe([Self.address(Self.nodeA, connected: 6), Self.address(Self.nodeB, connected: 6)]),
            account: Self.account(Self.inventory(routedB: true), addresses: [Self.nodeA, Self.nodeB]))
        let diagnosis = DiagnosisBuilder.build(input)
        #expect(diagnosis.verdict == .healthy)
        #expect(diagnosis.rootCause == nil)
        #expect(diagnosis.fix == nil)
        #expect(diagnosis.checked.count == 2)
        #expect(diagnosis.evidence.first?.subjects.map(\.description) == [Self.nodeA, Self.nodeB])
    }

    @Test func withoutTheProbeTheAccountsErrorIsTheCause() throws {
        var input = try Self.incident()
        input.probe = nil
        let cause = try #require(DiagnosisBuilder.build(input).rootCause)
        #expect(cause.address == nil)
        #expect(cause.subnet == "subnet-b")
        #expect(cause.rules == ["ALB001"])
    }

    @Test func withoutTheAccountTheProbeNamesTheAddress() throws {
        var input = try Self.incident()
        input.account = nil
        let diagnosis = DiagnosisBuilder.build(input)
        let cause = try #require(diagnosis.rootCause)
        #expect(cause.address?.text == Self.nodeB)
        #expect(cause.subnet == nil)
        #expect(cause.loadBalancer == nil)
        #expect(cause.rules == ["PRB001"])
        #expect(cause.affectedClients == 3)
        #expect(diagnosis.fix?.command == nil)
    }

    @Test func withoutLogsNothingSaysSinceWhenOrHowMany() throws {
        var input = try Self.incident()
        input.logs = nil
        let cause = try #require(DiagnosisBuilder.build(input).rootCause)
        #expect(cause.subnet == "subnet-b")
        #expect(cause.since == nil)
        #expect(cause.affectedClients == nil)
    }

    @Test func withoutTemplatesTheFixIsTheCommandAlone() throws {
        var input = try Self.incident()
        input.templates = nil
        let fix = try #require(DiagnosisBuilder.build(input).fix)
        #expect(fix.command?.english.contains("--subnet-id subnet-b") == true)
        #expect(fix.template == nil)
        #expect(fix.templateLocation == nil)
    }

    @Test func ofTwoFailingAddressesTheOneThatNeverConnectsIsTheCause() throws {
        let input = try DiagnosisInput(
            url: "https://shop.test/", probe: Self.probe([Self.address(Self.nodeA, connected: 2), Self.address(Self.nodeB, connected: 0)]),
            account: Self.account(Self.inventory(routedA: false), addresses: [Self.nodeA, Self.nodeB]))
        let diagnosis = DiagnosisBuilder.build(input)
        let cause = try #require(diagnosis.rootCause)
        #expect(cause.address?.text == Self.nodeB)
        #expect(cause.subnet == "subnet-b")
        #expect(diagnosis.evidence.filter { $0.view == .probe }.map { $0.subjects.map(\.description) } == [[Self.nodeB], [Self.nodeA]])
        // Both nodes' subnets are in the chain, each with its own account finding.
        let subnets = diagnosis.evidence.filter { $0.view == .account }.flatMap(\.subjects).compactMap { $0.id(of: .subnet) }
        #expect(subnets == ["subnet-b", "subnet-a"])
    }

    /// JSON keeps each sentence and adds the values it was written from.
    @Test func theJSONHoldsEachSentenceAndItsValues() throws {
        let diagnosis = DiagnosisBuilder.build(try Self.incident())
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try #require(try JSONSerialization.jsonObject(with: encoder.encode(diagnosis)) as? [String: Any])
        let evidence = try #require(json["evidence"] as? [[String: Any]])
        let silence = try #require(evidence.first { ($0["fact"] as? [String: Any])?["nodeSilent"] != nil })
        #expect((silence["message"] as? String)?.hasPrefix("\(Self.nodeB) wrote no log in") == true)
        let fact = try #require((silence["fact"] as? [String: Any])?["nodeSilent"] as? [String: Any])
        #expect(fact["address"] as? String == Self.nodeB)
        #expect((fact["period"] as? [String: Any])?["since"] as? String == "2026-11-27T15:00:00.000000Z")
        let cause = try #require(json["rootCause"] as? [String: Any])
        #expect(cause["since"] as? String == "2026-11-27T15:01:00.000000Z")
        #expect((cause["sinceRef"] as? [String: [String: String]]) == ["firstLostClient": ["at": "2026-11-27T15:01:00.000000Z"]])
        #expect((cause["tries"] as? [String: Int]) == ["failed": 6, "total": 6])
        #expect(cause["rules"] as? [String] == ["PRB001", "ALB001"])
        #expect((cause["message"] as? String)?.hasPrefix("\(Self.nodeB) failed 6 of 6 tries: ") == true)
        // A view's finding is quoted by rule, subject, place and words; the finding itself is in findings[].
        let template = try #require(evidence.first { $0["view"] as? String == "template" })
        let quote = try #require((template["fact"] as? [String: Any])?["finding"] as? [String: Any])
        #expect(quote["rule"] as? String == "ALB001")
        #expect((quote["subject"] as? [String: Any])?["id"] as? String == "PublicSubnetB")
        #expect((quote["location"] as? [String: Any])?["line"] as? Int == 40)
        #expect((template["message"] as? String)?.hasPrefix("network.yaml:40:3: ") == true)
    }

    /// The join is on values: the same diagnosis whatever the findings' sentences say.
    @Test func rewordingEveryFindingDoesNotChangeTheDiagnosis() throws {
        let original = try Self.incident()
        var reworded = original
        func reword(_ findings: [Finding]) -> [Finding] {
            findings.map { finding in
                var changed = finding
                changed.message = "Reworded: \(finding.ruleID) says something else entirely."
                return changed
            }
        }
        reworded.probe?.findings = reword(original.probe?.findings ?? [])
        reworded.account?.findings = reword(original.account?.findings ?? [])
        reworded.logs?.findings = reword(original.logs?.findings ?? [])
        reworded.templates?.findings = reword(original.templates?.findings ?? [])
        let before = DiagnosisBuilder.build(original)
        let after = DiagnosisBuilder.build(reworded)
        #expect(after.verdict == before.verdict)
        // The same cause, resting on the same findings (which now say something else).
        var cause = try #require(after.rootCause)
        #expect(after.rootCause?.accountFinding?.subject == .resource(.subnet, stack: nil, id: "subnet-b"))
        #expect(cause.rules == before.rootCause?.rules)
        cause.probeFinding = before.rootCause?.probeFinding
        cause.accountFinding = before.rootCause?.accountFinding
        #expect(cause == before.rootCause)
        #expect(after.fix == before.fix)
        #expect(after.evidence.map(\.view) == before.evidence.map(\.view))
        #expect(after.evidence.map(\.subjects) == before.evidence.map(\.subjects))
        #expect(after.rootCause?.message.english.contains("Reworded: ALB001") == true)
    }
}
