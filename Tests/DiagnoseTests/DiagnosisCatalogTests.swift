import ALBLogs
import Addresses
@testable import Diagnose
import Findings
import Foundation
import Localization
import Testing
import _TestSupport

/// The diagnosis's sentences in both languages: every fact, the root cause's own words and
/// every view's words, each with the values it is made of.
@Suite struct DiagnosisCatalogTests {
    static let address = IPAddress("203.0.113.77")!
    static let period = LogPeriod(since: LogTime("2026-11-27T15:00:00Z")!, until: LogTime("2026-11-27T18:00:00Z")!)
    static let tries = EvidenceFact.Tries(failed: 5, total: 17)

    static func activity() throws -> LogAnalysis.NodeActivity {
        try JSONDecoder().decode(
            LogAnalysis.NodeActivity.self,
            from: Data(#"{"node":"n","accessFiles":23,"connectionFiles":29,"accessEntries":31,"connectionEntries":37}"#.utf8))
    }

    static func samples(_ entry: EvidenceFact) throws -> [(EvidenceFact, [String])] {
        switch entry {
        case .finding:
            [(.finding(rule: "ALB001", subject: .address(Self.address), location: Location(file: "a.yaml", line: 4, column: 2),
                       message: LocalizedText(english: "msgX1", japanese: "メッセージX1")), ["a.yaml:4:2", "X1"])]
        case .addressFailed: [(.addressFailed(address: address, tries: tries), ["203.0.113.77", "5", "17"])]
        case .addressesAnswered: [(.addressesAnswered(addresses: [address], tries: 19), ["203.0.113.77", "19", "TLS"])]
        case .servedBy:
            [(.servedBy(loadBalancer: "lbX1", name: "www.example.com", match: .cname(name: "lb.example.com")), ["lbX1", "www.example.com", "lb.example.com"]),
             (.servedBy(loadBalancer: "lbX1", name: "www.example.com", match: .networkInterface(id: "eni-X2", address: address)), ["eni-X2", "203.0.113.77"])]
        case .noLoadBalancer:
            [(.noLoadBalancer(source: .region(name: "regionX3")), ["regionX3", "CNAME"]),
             (.noLoadBalancer(source: .snapshot(path: "snapX4.json", region: "regionX3")), ["snapX4.json", "regionX3"])]
        case .node:
            [(.node(address: address, interface: "eni-X2", interfaceDescription: "ELB app/x", loadBalancer: "lbX1", subnet: "subnet-X5", availabilityZone: "zoneX6"),
              ["203.0.113.77", "eni-X2", "ELB app/x", "lbX1", "subnet-X5", "zoneX6"]),
             (.node(address: address, interface: "eni-X2", interfaceDescription: nil, loadBalancer: "lbX1", subnet: nil, availabilityZone: nil), ["eni-X2", "lbX1"])]
        case .nodeWrote: [(.nodeWrote(address: address, activity: try activity(), period: period), ["203.0.113.77", "23", "29", "31", "37", "2026-11-27T15:00:00Z"])]
        case .nodeSilent: [(.nodeSilent(address: address, period: period, writers: ["10.0.0.7"], files: 41), ["203.0.113.77", "10.0.0.7", "41", "2026-11-27T18:00:00Z"])]
        case .clientsLost:
            [(.clientsLost(lost: 43, redirected: 47, windowSeconds: 53, first: LogTime("2026-11-27T15:01:00Z"), last: LogTime("2026-11-27T15:02:00Z")),
              ["43", "47", "53", "15:01:00", "15:02:00", "HTTPS"])]
        case .clientsArrived: [(.clientsArrived(redirected: 47, windowSeconds: 53), ["47", "53"])]
        case .tlsFailures: [(.tlsFailures(failures: 59, connections: 61, byCode: [.init(code: "Failed:UnknownCA", count: 59)]), ["59", "61", "Failed:UnknownCA: 59"])]
        case .unreadableFile: [(.unreadableFile(problem: "problemX7"), ["problemX7"])]
        }
    }

    static func samples(_ entry: ViewText) -> [(ViewText, [String])] {
        switch entry {
        case .probeRead: [(.probeRead(addresses: 3, host: "hostX1", resolvedBy: "resolverX2", tries: 7), ["3", "hostX1", "resolverX2", "7"])]
        case .accountRead: [(.accountRead(source: .region(name: "regionX3"), loadBalancers: 11, subnets: 13), ["regionX3", "11", "13"])]
        case .logsRead:
            [(.logsRead(files: 17, source: "s3://bucketX4", requests: 19, connections: 23, period: period), ["17", "s3://bucketX4", "19", "23", "2026-11-27T15:00:00Z"])]
        case .probeChecked: [(.probeChecked(host: "hostX1", addresses: ["203.0.113.77"], tries: 7), ["probe:", "hostX1", "203.0.113.77", "7"])]
        case .accountChecked:
            [(.accountChecked(loadBalancer: "lbX5", source: .region(name: "regionX3")), ["account:", "lbX5"]),
             (.accountChecked(loadBalancer: nil, source: .snapshot(path: "snapX6.json", region: "regionX3")), ["snapX6.json"])]
        case .logsChecked: [(.logsChecked(tlsFailures: 29, period: period), ["logs:", "29", "2026-11-27T18:00:00Z"])]
        case .templatesChecked: [(.templatesChecked(scope: LocalizedText(english: "scopeX7", japanese: "範囲X7")), ["templates:", "X7"])]
        case .loadBalancerWritesNoLogs: [(.loadBalancerWritesNoLogs(loadBalancer: "lbX5", disabled: ["access_logs.s3.enabled is false"]), ["lbX5", "access_logs.s3.enabled"])]
        case .noLogsNoAccount, .noLogsNoLoadBalancer: [(.noLogsNoAccount, ["--logs"]), (.noLogsNoLoadBalancer, ["--logs"])]
        case .logsNeedCredentials: [(.logsNeedCredentials(locations: "s3://bucketX4/p", problem: "problemX8"), ["s3://bucketX4/p", "problemX8"])]
        case .logsWouldAdd, .accountWouldAdd: [(.logsWouldAdd, []), (.accountWouldAdd, ["AWS CLI"])]
        case .enableLogsOnLoadBalancer:
            [(.enableLogsOnLoadBalancer(arn: "arn:aws:elasticloadbalancing:x"), ["arn:aws:elasticloadbalancing:x", "Key=connection_logs.s3.enabled,Value=true", "--logs PATH"])]
        case .passLogs, .passLogsOrBucket, .passReadableLogs, .passLogCredentials:
            [(.passLogs, ["--logs PATH"]), (.passLogsOrBucket, ["--logs s3://BUCKET/PREFIX"]), (.passReadableLogs, ["--logs"]),
             (.passLogCredentials, ["--profile NAME", "AWS_SECRET_ACCESS_KEY"])]
        case .allowS3: [(.allowS3(locations: "s3://bucketX4/p"), ["s3:ListBucket", "s3:GetObject", "s3://bucketX4/p"])]
        case .passAccountCredentials, .allowDescribe, .fixErrorAbove:
            [(.passAccountCredentials, ["--region REGION", "`albdoctor aws --save-snapshot`"]), (.allowDescribe, ["`albdoctor aws --help`"]),
             (.fixErrorAbove, ["--snapshot FILE"])]
        }
    }

    static func samples(_ entry: RootCauseText) -> [(RootCauseText, [String])] {
        switch entry {
        case .failed: [(.failed(address: "203.0.113.77", tries: tries), ["203.0.113.77", "5", "17"])]
        case .fails: [(.fails(address: "203.0.113.77"), ["203.0.113.77"])]
        case .failedTries: [(.failedTries(tries), ["5", "17"])]
        }
    }

    @Test func evidenceFacts() throws {
        let keys: [EvidenceFact] = [
            .finding(rule: "", subject: .address(Self.address), location: nil, message: LocalizedText(english: "")),
            .addressFailed(address: Self.address, tries: Self.tries), .addressesAnswered(addresses: [], tries: 0),
            .servedBy(loadBalancer: "", name: "", match: .cname(name: "")), .noLoadBalancer(source: .region(name: "")),
            .node(address: Self.address, interface: "", interfaceDescription: nil, loadBalancer: "", subnet: nil, availabilityZone: nil),
            .nodeWrote(address: Self.address, activity: try Self.activity(), period: Self.period),
            .nodeSilent(address: Self.address, period: Self.period, writers: [], files: 0),
            .clientsLost(lost: 0, redirected: 0, windowSeconds: 0, first: nil, last: nil), .clientsArrived(redirected: 0, windowSeconds: 0),
            .tlsFailures(failures: 0, connections: 0, byCode: []), .unreadableFile(problem: ""),
        ]
        for key in keys { checkCatalog(try Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Diagnose/EvidenceFact.swift")
    }

    @Test func viewWords() {
        let keys: [ViewText] = [
            .probeRead(addresses: 0, host: "", resolvedBy: "", tries: 0), .accountRead(source: .region(name: ""), loadBalancers: 0, subnets: 0),
            .logsRead(files: 0, source: "", requests: 0, connections: 0, period: Self.period), .probeChecked(host: "", addresses: [], tries: 0),
            .accountChecked(loadBalancer: nil, source: .region(name: "")), .logsChecked(tlsFailures: 0, period: Self.period),
            .templatesChecked(scope: LocalizedText(english: "")), .loadBalancerWritesNoLogs(loadBalancer: "", disabled: []), .noLogsNoAccount,
            .logsNeedCredentials(locations: "", problem: ""), .logsWouldAdd, .enableLogsOnLoadBalancer(arn: ""), .passLogs, .allowS3(locations: ""),
            .passAccountCredentials,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        // One key stands for the keys its `samples` arm groups: the cases sampled are what counts.
        checkEveryCase(keys.flatMap { Self.samples($0).map(\.0) }, declaredIn: "Sources/Diagnose/ViewText.swift")
    }

    @Test func rootCauseWords() {
        let keys: [RootCauseText] = [.failed(address: "", tries: Self.tries), .fails(address: ""), .failedTries(Self.tries)]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Diagnose/DiagnosisSentences.swift")
        // Two enums of the model that read as catalog keys: a sample of each case, held to the
        // file that declares the enum.
        let since: [(Diagnosis.RootCause.Since, [String])] = [
            (.firstLostClient(at: LogTime("2026-11-27T15:01:00Z")!), ["2026-11-27T15:01:00"]),
            (.beforePeriod(start: LogTime("2026-11-27T15:00:00Z")!), ["2026-11-27T15:00:00Z"]),
        ]
        checkCatalog(since)
        checkEveryCase(since.map(\.0), declaredIn: "Sources/Diagnose/Diagnosis.swift")
        let origins: [(DiagnosisInput.AccountOrigin, [String])] = [
            (.region(name: "regionX3"), ["regionX3"]), (.snapshot(path: "snapX4.json", region: "regionX3"), ["snapX4.json", "regionX3"]),
        ]
        checkCatalog(origins)
        checkEveryCase(origins.map(\.0), declaredIn: "Sources/Diagnose/DiagnosisInput.swift")
    }

    /// A root cause whose finding has no Japanese yet reads in English whole, not half and half.
    @Test func aRootCauseIsJapaneseOnlyWhenItsFindingIs() {
        let finding = Finding(ruleID: "PRB001", severity: .error, title: "t", message: "English only.", subject: .address(Self.address))
        let cause = Diagnosis.RootCause(address: Self.address, tries: Self.tries, probeFinding: finding, accountFinding: finding)
        #expect(cause.message(.ja) == "203.0.113.77 failed 5 of 17 tries: English only.")
    }
}
