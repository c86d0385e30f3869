import Findings
import LintPipeline
import Localization
import Pictures
import Reports
import RuleCatalog
@testable import Rules
import Testing
import Topology
import _TestSupport

/// The message catalog: every key has an English and a Japanese text (the compiler sees to
/// that: each language is an exhaustive switch), and both carry the same values — a number, a
/// name or an address dropped or added in one language is caught here. Each `samples` below
/// is an exhaustive switch too, and `checkEveryCase` holds the keys each test samples to the
/// cases their enum declares, so a new key cannot go untested.
@Suite struct CatalogTests {
    /// Values no text holds by itself, so that finding one in a text means it came from the key.
    static let table = RouteTable(id: ResourceID(stack: "net", "RtbZ9"), vpc: .known(ResourceID(stack: "net", "VpcQ7")))
    static let mainTable = RouteTable(id: ResourceID(stack: "net", "VpcQ7" + RouteTable.implicitMainSuffix), vpc: .known(ResourceID(stack: "net", "VpcQ7")), isMain: true)

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: RuleText) -> [(RuleText, [String])] {
        switch entry {
        case .nodeUnreachable:
            [(.nodeUnreachable(node: "203.0.113.77", loadBalancer: "lbX1", subnet: "SubX2", zone: "zoneX3", table: table, problem: .missing(destination: "0.0.0.0/0")),
              ["203.0.113.77", "lbX1", "SubX2", "zoneX3", "RtbZ9", "0.0.0.0/0"]),
             (.nodeUnreachable(node: "203.0.113.77", loadBalancer: "lbX1", subnet: "SubX2", zone: nil, table: mainTable, problem: .elsewhere(destination: "0.0.0.0/0", target: RouteTarget(kind: .natGateway, id: .known(ResourceID("nat-X4"))))),
              ["203.0.113.77", "lbX1", "SubX2", "VpcQ7", "nat-X4", "AZ"])]
        case .subnetUnreachable:
            [(.subnetUnreachable(subnet: "SubX2", zone: "zoneX3", table: table, problem: .missing(destination: "::/0"), loadBalancer: "lbX1", nodes: 7),
              ["SubX2", "zoneX3", "RtbZ9", "::/0", "lbX1", "7"]),
             (.subnetUnreachable(subnet: "SubX2", zone: "zoneX3", table: mainTable, problem: .missing(destination: "0.0.0.0/0"), loadBalancer: "lbX1", nodes: 1),
              ["SubX2", "zoneX3", "VpcQ7", "lbX1"])]
        case .canReachInternet: [(.canReachInternet(subnet: "SubX2"), ["SubX2"])]
        case .farSideUnknown:
            [(.farSideUnknown(table: table, target: RouteTarget(kind: .transitGateway, id: .known(ResourceID("tgw-X5"))), source: .templates(region: "rX")), ["RtbZ9", "tgw-X5", "0.0.0.0/0"]),
             (.farSideUnknown(table: table, target: RouteTarget(kind: .transitGateway, id: .known(ResourceID("tgw-X5"))), source: .account(region: "rX")), ["albdoctor"]),
             (.farSideUnknown(table: table, target: RouteTarget(kind: .transitGateway, id: .known(ResourceID("tgw-X5"))), source: .terraform(region: "rX")), ["tgw-X5"])]
        case .giveSubnetPublicRouteTable: [(.giveSubnetPublicRouteTable, [])]
        case .noConnectionLogs: [(.noConnectionLogs(loadBalancer: "lbX1"), ["lbX1", "TLS"])]
        case .hasConnectionLogs: [(.hasConnectionLogs(loadBalancer: "lbX1"), ["lbX1"])]
        case .tagPrivateInstead: [(.tagPrivateInstead(tag: "kubernetes.io/role/internal-elb"), ["kubernetes.io/role/internal-elb", "= 1"])]
        }
    }

    static func samples(_ entry: RouteProblem) -> [(RouteProblem, [String])] {
        switch entry {
        case .missing: [(.missing(destination: "0.0.0.0/0"), ["0.0.0.0/0"])]
        case .noRoute: [(.noRoute(destination: "::/0"), ["::/0"])]
        case .elsewhere:
            [(.elsewhere(destination: "0.0.0.0/0", target: RouteTarget(kind: .transitGateway, id: .known(ResourceID("tgw-X4")))), ["0.0.0.0/0", "tgw-X4"]),
             (.elsewhere(destination: "::/0", target: RouteTarget(kind: .natGateway, id: .unknown(reason: "whyX5"))), ["::/0"])]
        }
    }

    static func samples(_ entry: RouteTableName) -> [(RouteTableName, [String])] {
        switch entry {
        case .of:
            [(.of(table), ["RtbZ9"]), (.of(mainTable), ["VpcQ7"]),
             (.of(RouteTable(id: ResourceID("rtb-X6"), vpc: .known(ResourceID("vpc-X7")), isMain: true)), ["rtb-X6"])]
        case .used: [(.used(table, explicitly: true), ["RtbZ9"]), (.used(mainTable, explicitly: false), ["VpcQ7"])]
        }
    }

    /// Every kind of route target, each named in both languages with its id.
    static let targetKinds: [RouteTarget.Kind] = [
        .local, .internetGateway, .egressOnlyInternetGateway, .natGateway, .transitGateway, .vpcPeeringConnection, .instance,
        .networkInterface, .vpcEndpoint, .networkFirewallEndpoint, .gatewayLoadBalancerEndpoint, .virtualPrivateGateway,
        .carrierGateway, .coreNetwork, .localGateway,
    ]

    static func samples(_ entry: RouteTargetName) -> [(RouteTargetName, [String])] {
        switch entry {
        case .of: targetKinds.map { (.of(RouteTarget(kind: $0, id: .known(ResourceID("idX8")))), ["idX8"]) }
        }
    }

    @Test func routeWords() {
        let problems: [RouteProblem] = [.missing(destination: ""), .noRoute(destination: ""), .elsewhere(destination: "", target: .local)]
        for key in problems { check(Self.samples(key)) }
        checkEveryCase(problems, declaredIn: "Sources/Rules/RuleText.swift")
        let tableNames: [RouteTableName] = [.of(Self.table), .used(Self.table, explicitly: true)]
        for key in tableNames { check(Self.samples(key)) }
        checkEveryCase(tableNames, declaredIn: "Sources/Rules/RuleText.swift")
        checkEveryCase([RouteTargetName.of(.local)], declaredIn: "Sources/Rules/RuleText.swift")
        // Kinds other than `local` read in Japanese (a test of its own: "local" is a word AWS keeps).
        let names = Self.samples(RouteTargetName.of(.local)).filter { if case .of(let target) = $0.0 { target.kind != .local } else { true } }
        check(names)
        #expect(Set(names.map(\.0.japanese)).count == names.count, "every kind has its own name")
    }

    static func samples(_ entry: FixLead) -> [(FixLead, [String])] {
        switch entry {
        case .addToStack: [(.addToStack("stackX1", defining: "SubX2"), ["stackX1"]), (.addToStack(nil, defining: "SubX2"), ["SubX2"])]
        case .addToStackWithDependsOn:
            [(.addToStackWithDependsOn("stackX1", defining: "IgwX3", attachment: "IgwX3Attachment"), ["stackX1", "`DependsOn: IgwX3Attachment`"])]
        case .addToConfiguration: [(.addToConfiguration(module: "module.modX4"), ["module.modX4", ".tf"]), (.addToConfiguration(module: nil), [])]
        case .addRoute: [(.addRoute(table: "RtbZ9", module: "module.modX4"), ["RtbZ9", "module.modX4"]), (.addRoute(table: "RtbZ9", module: nil), ["RtbZ9"])]
        case .attachGateway: [(.attachGateway("IgwX3"), ["IgwX3", "vpc_id"])]
        case .addToAttributes: [(.addToAttributes(loadBalancer: "lbX1"), ["lbX1", "LoadBalancerAttributes"])]
        case .addToResource: [(.addToResource("aws_lb.x", module: "module.modX4"), ["aws_lb.x", "module.modX4", "connection_logs"]), (.addToResource("aws_lb.x", module: nil), ["aws_lb.x"])]
        case .addToStackOf: [(.addToStackOf("stackX1", loadBalancer: "lbX1"), ["stackX1"]), (.addToStackOf(nil, loadBalancer: "lbX1"), ["lbX1"])]
        case .routeThroughEndpoint:
            [(.routeThroughEndpoint(route: "RouteX6", destination: "10.9.8.0/24", table: "EdgeX7", subnet: "SubX2"), ["RouteX6", "10.9.8.0/24", "EdgeX7", "SubX2"])]
        case .addToSecurityGroupIngress:
            [(.addToSecurityGroupIngress(group: "SgX8"), ["SgX8", "SecurityGroupIngress"]), (.addToSecurityGroupIngress(group: nil), ["SecurityGroupIngress"])]
        case .addToProperties: [(.addToProperties(resource: "ListenerX9"), ["ListenerX9", "Properties"])]
        case .addNetworkACLEntry: [(.addNetworkACLEntry(acl: "AclX5", below: 117), ["AclX5", "117", "AWS::EC2::NetworkAclEntry"])]
        case .changeModuleInput:
            [(.changeModuleInput(ModuleInput(module: "module.netX4", input: "inputX3", enabling: [.init(name: "flagX1", value: "true"), .init(name: "flagX2", value: "17")], publicOutput: "outX5")),
              ["module.netX4", "flagX1 = true", "flagX2 = 17", "module.netX4.outX5", "module.netX4.inputX3"]),
             (.changeModuleInput(ModuleInput(module: "module.netX4", input: "inputX3", enabling: [.init(name: "flagX1", value: "true")])), ["module.netX4", "flagX1 = true", "inputX3"]),
             (.changeModuleInput(ModuleInput(module: "module.netX4", input: "inputX3", publicOutput: "outX5")), ["inputX3", "module.netX4.outX5", "module.netX4.inputX3"]),
             (.changeModuleInput(ModuleInput(module: "module.netX4", input: "inputX3")), ["module.netX4"])]
        }
    }

    static func samples(_ entry: FixPlaceholder) -> [(FixPlaceholder, [String])] {
        switch entry {
        case .vpc, .vpcID, .securityGroupID, .writableBucket, .certificateARN, .forwardToTargetGroup, .siteCertificateARN, .defaultRouteEndpoint:
            [(.vpc, ["<", "VPC", ">"]), (.vpcID, ["<", "VPC", ">"]), (.securityGroupID, ["<", ">"]), (.writableBucket, ["<", ">"]),
             (.certificateARN, ["<", "ACM", "ARN>"]), (.forwardToTargetGroup, ["<", ">"]), (.siteCertificateARN, ["<", "ACM", "ARN"]),
             (.defaultRouteEndpoint, ["<", ">"])]
        case .firewallEndpoint: [(.firewallEndpoint(firewall: "module.fwX1.aws_networkfirewall_firewall.x", subnet: "SubX2"), ["<", "module.fwX1.aws_networkfirewall_firewall.x", "SubX2", ">"])]
        case .passedIn: [(.passedIn(attribute: "attrX3", resource: "module.modX4.aws_vpc.x"), ["<", "attrX3", "module.modX4.aws_vpc.x", ">"])]
        case .export: [(.export(resource: "RtbZ9", stack: "stackX1"), ["<", "RtbZ9", "stackX1", ">"]), (.export(resource: "RtbZ9", stack: nil), ["RtbZ9", "?"])]
        }
    }

    static func samples(_ entry: FindingText) -> [(FindingText, [String])] {
        switch entry {
        case .couldNotVerify:
            [(.couldNotVerify(what: LocalizedText(english: "whatX1", japanese: "whatX1"), reason: LocalizedText(english: "whyX2", japanese: "whyX2")), ["whatX1", "whyX2"])]
        case .unverifiedTitle: [(.unverifiedTitle(LocalizedText(english: "titleX1", japanese: "titleX1")), ["titleX1"])]
        case .severity: Severity.allCases.map { (.severity($0), []) }
        case .counts: [(.counts(errors: 17, warnings: 23, notes: 31), ["17", "23", "31"])]
        }
    }

    static func samples(_ entry: ReportText) -> [(ReportText, [String])] {
        switch entry {
        case .subject, .related, .fix: [(.subject, []), (.related, []), (.fix, [])]
        case .scopeAfterCounts: [(.scopeAfterCounts("scopeX1"), ["scopeX1"])]
        case .noFindings: [(.noFindings(scope: "scopeX1"), ["scopeX1"]), (.noFindings(scope: nil), [])]
        }
    }

    static func samples(_ entry: PageText) -> [(PageText, [String])] {
        switch entry {
        case .findingsHeading, .noFindings, .whereLabel, .subjectLabel, .relatedLabel:
            [(.findingsHeading, []), (.noFindings, []), (.whereLabel, []), (.subjectLabel, []), (.relatedLabel, [])]
        case .findingsTableHeader: [(.findingsTableHeader, ["|"])]
        case .fixFor: [(.fixFor(rule: "ALB001", subject: "net/SubX2"), ["ALB001", "net/SubX2"])]
        }
    }

    static func samples(_ entry: DocumentationText) -> [(DocumentationText, [String])] {
        switch entry {
        case .kindLine: [(.kindLine(title: "titleX1", severity: .warning, view: "probe"), ["titleX1", "`warning`", "`albdoctor probe`"])]
        case .ruleLine: [(.ruleLine(title: "titleX1", severity: .error, documentationURL: "https://example.com/x"), ["titleX1", "`error`", "(https://example.com/x)"])]
        case .whatItChecks, .whyItMatters, .howToFix, .whenReported, .whatToDo, .triggeringExamples, .nonTriggeringExamples, .fixPrefix:
            [(.whatItChecks, []), (.whyItMatters, []), (.howToFix, []), (.whenReported, []), (.whatToDo, []),
             (.triggeringExamples, ["`↓`"]), (.nonTriggeringExamples, []), (.fixPrefix, [])]
        case .reportedAs: [(.reportedAs(.note), ["`note`"])]
        case .indexHeading: [(.indexHeading(folder: "docs/rules/ja", language: .ja), ["`albdoctor rules --lang ja --write-docs docs/rules/ja`", "| id |"])]
        }
    }

    static func samples(_ entry: LintScope) -> [(LintScope, [String])] {
        switch entry {
        case .templates:
            [(.templates(stacks: 3, loadBalancers: 4, subnets: 5, rules: 15, skipped: []), ["3", "4", "5", "15"]),
             (.templates(stacks: 3, loadBalancers: 4, subnets: 5, rules: 15, skipped: (1...10).map { "f\($0).txt" }), ["f1.txt", "f8.txt", "2"])]
        case .terraform:
            [(.terraform(planFiles: 2, files: 6, resources: 47, loadBalancers: 4, subnets: 5, rules: 15), ["2", "6", "47", "4", "5", "15"]),
             (.terraform(planFiles: nil, files: 6, resources: 47, loadBalancers: 4, subnets: 5, rules: 15), ["6", "47"])]
        }
    }

    func check<Entry: CatalogEntry>(_ samples: [(Entry, [String])], sourceLocation: SourceLocation = #_sourceLocation) {
        checkCatalog(samples, sourceLocation: sourceLocation)
    }

    @Test func ruleMessages() {
        let keys: [RuleText] = [
            .nodeUnreachable(node: "", loadBalancer: "", subnet: "", zone: nil, table: Self.table, problem: .missing(destination: "")),
            .subnetUnreachable(subnet: "", zone: nil, table: Self.table, problem: .missing(destination: ""), loadBalancer: "", nodes: 0),
            .canReachInternet(subnet: ""), .farSideUnknown(table: Self.table, target: .local, source: .templates(region: "rX")), .giveSubnetPublicRouteTable,
            .noConnectionLogs(loadBalancer: ""), .hasConnectionLogs(loadBalancer: ""), .tagPrivateInstead(tag: ""),
        ]
        for key in keys { check(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/RuleText.swift")
    }

    @Test func fixLeads() {
        let keys: [FixLead] = [
            .addToStack(nil, defining: ""), .addToStackWithDependsOn(nil, defining: "", attachment: ""), .addToConfiguration(module: nil),
            .addRoute(table: "", module: nil), .attachGateway(""), .addToAttributes(loadBalancer: ""), .addToResource("", module: nil),
            .addToStackOf(nil, loadBalancer: ""), .routeThroughEndpoint(route: "", destination: "", table: "", subnet: ""),
            .addToSecurityGroupIngress(group: nil), .addToProperties(resource: ""), .addNetworkACLEntry(acl: "", below: 0),
            .changeModuleInput(ModuleInput(module: "", input: "")),
        ]
        for key in keys { check(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/FixLead.swift")
    }

    /// Every placeholder of a fix's snippet, each in its angle brackets in both languages; the
    /// English is the one the snippets held before the catalog.
    @Test func fixPlaceholders() {
        let keys: [FixPlaceholder] = [
            .vpc, .firewallEndpoint(firewall: "", subnet: ""), .passedIn(attribute: "", resource: ""), .export(resource: "", stack: nil),
        ]
        for key in keys {
            check(Self.samples(key))
            for (entry, _) in Self.samples(key) {
                #expect(entry.english.hasPrefix("<") && entry.english.hasSuffix(">") && entry.japanese.hasPrefix("<") && entry.japanese.hasSuffix(">"), "\(entry)")
            }
        }
        // One key stands for the keys its `samples` arm groups: the cases sampled are what counts.
        checkEveryCase(keys.flatMap { Self.samples($0).map(\.0) }, declaredIn: "Sources/Rules/FixPlaceholder.swift")
        #expect(FixPlaceholder.passedIn(attribute: "id", resource: "module.net.aws_vpc.main").english == "<the id of module.net.aws_vpc.main, passed in>")
        #expect(FixPlaceholder.export(resource: "RtbZ9", stack: nil).english == "<the export of RtbZ9 from stack ?>")
        #expect(FixPlaceholder.certificateARN.japanese == "<ACM 証明書の ARN>")
    }

    @Test func evidenceValues() {
        let samples: [(EvidenceValue, [String])] = [(EvidenceValue.unset, []), (EvidenceValue.none, []), (EvidenceValue.unknownZone, ["AZ"]), (EvidenceValue.nothing, []), (EvidenceValue.defaultSecurityGroup, ["VPC"]), (EvidenceValue.inbound, []), (EvidenceValue.outbound, [])]
        checkCatalog(samples)
        checkEveryCase(samples.map(\.0), declaredIn: "Sources/Findings/EvidenceValue.swift")
    }

    @Test func reportWords() {
        let findingKeys: [FindingText] = [
            .couldNotVerify(what: LocalizedText(english: ""), reason: LocalizedText(english: "")), .unverifiedTitle(LocalizedText(english: "")),
            .severity(.error), .counts(errors: 0, warnings: 0, notes: 0),
        ]
        for key in findingKeys { check(Self.samples(key)) }
        checkEveryCase(findingKeys, declaredIn: "Sources/Findings/FindingText.swift")
        // Below, one key stands for the keys its `samples` arm groups: the cases sampled are what counts.
        let reportKeys: [ReportText] = [.subject, .scopeAfterCounts(""), .noFindings(scope: nil)]
        for key in reportKeys { check(Self.samples(key)) }
        checkEveryCase(reportKeys.flatMap { Self.samples($0).map(\.0) }, declaredIn: "Sources/Reports/ReportText.swift")
        let pageKeys: [PageText] = [.findingsHeading, .findingsTableHeader, .fixFor(rule: "", subject: "")]
        for key in pageKeys { check(Self.samples(key)) }
        checkEveryCase(pageKeys.flatMap { Self.samples($0).map(\.0) }, declaredIn: "Sources/Pictures/PageText.swift")
        let documentationKeys: [DocumentationText] = [
            .kindLine(title: "", severity: .note, view: ""), .ruleLine(title: "", severity: .note, documentationURL: ""), .whatItChecks, .reportedAs(.note),
            .indexHeading(folder: "", language: .en),
        ]
        for key in documentationKeys { check(Self.samples(key)) }
        checkEveryCase(documentationKeys.flatMap { Self.samples($0).map(\.0) }, declaredIn: "Sources/Reports/DocumentationText.swift")
        let scopeKeys: [LintScope] = [
            .templates(stacks: 0, loadBalancers: 0, subnets: 0, rules: 0, skipped: []),
            .terraform(planFiles: nil, files: 0, resources: 0, loadBalancers: 0, subnets: 0, rules: 0),
        ]
        for key in scopeKeys { check(Self.samples(key)) }
        checkEveryCase(scopeKeys, declaredIn: "Sources/LintPipeline/LintScope.swift")
    }

    /// Severity words in Japanese are the ones the closing line counts with.
    @Test func japaneseSeverityWordsMatchTheCounts() {
        let counts = FindingText.counts(errors: 1, warnings: 2, notes: 3).japanese
        for severity in Severity.allCases { #expect(counts.contains(FindingText.severity(severity).japanese)) }
    }

    /// Every documented kind has its Japanese title and documentation, with every code span,
    /// number and id of the English (they are what a user copies).
    @Test(arguments: RuleCatalog.all.map(\.id))
    func kindDocumentationInJapanese(id: String) throws {
        let kind = try #require(RuleCatalog.named(id))
        let japanese = kind.japanese
        var pairs = [(kind.title, japanese.title), (kind.summary, japanese.summary), (kind.howToFix, japanese.howToFix)]
        if let details = kind.details {
            let rationale = try #require(japanese.rationale, "\(id) is a rule: its rationale is translated too")
            pairs.append((details.rationale, rationale))
        } else {
            #expect(japanese.rationale == nil, "\(id) has no rationale in English")
        }
        for (english, translated) in pairs {
            #expect(translated.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) }, "\(id): no kana in \(translated)")
            for span in Self.codeSpans(english) {
                #expect(translated.contains(span), "\(id): `\(span)` of the English is missing from the Japanese")
            }
            for id in english.matches(of: /\b(ALB|PRB|LOG|CFN|TF)\d{3}\b/).map({ String($0.output.0) }) {
                #expect(translated.contains(id), "\(kind.id): \(id) is missing from the Japanese")
            }
        }
    }

    static func codeSpans(_ text: String) -> [String] {
        text.matches(of: /`([^`]+)`/).map { String($0.output.1) }
    }
}
