internal import Addresses
public import Findings
internal import ALBLogs
internal import AWSInventory
internal import Probe
internal import Topology
internal import Localization

/// Joins what the views found into one diagnosis: the address that fails (probe), the node,
/// subnet and route table behind it (account), since when and how many clients (logs), and the
/// template line to change (templates). Pure: values in, a value out.
public enum DiagnosisBuilder {
    /// The diagnosis, with a verdict against `failOn`.
    public static func build(_ input: DiagnosisInput, failOn: Severity = .error) -> Diagnosis {
        var evidence: [Diagnosis.Evidence] = []
        let probeFindings = input.probe?.findings ?? []
        let accountFindings = input.account?.findings ?? []
        let logFindings = input.logs?.findings ?? []
        let templateFindings = input.templates?.findings ?? []
        let findings = probeFindings + accountFindings + logFindings + templateFindings

        // Probe: which addresses fail, the worst first.
        let addresses = input.probe?.report.addresses ?? []
        let failing = addresses.filter { $0.rounds.succeeded < $0.rounds.count }
            .sorted { ($0.rounds.connected, $0.address) < ($1.rounds.connected, $1.address) }
        for address in failing {
            let finding = probeFinding(on: address, in: probeFindings)
            evidence.append(.init(view: .probe, fact: finding.map(EvidenceFact.quoting) ?? .addressFailed(address: address.address, tries: tries(address)), subjects: [.address(address.address)]))
        }
        let healthy = addresses.filter { $0.rounds.succeeded == $0.rounds.count }
        if !healthy.isEmpty, let report = input.probe?.report {
            evidence.append(.init(view: .probe, fact: .addressesAnswered(addresses: healthy.map(\.address), tries: report.rounds), subjects: healthy.map { .address($0.address) }))
        }

        // Account: the load balancer, and each failing address's node, subnet and route table.
        var cause: Diagnosis.RootCause?
        let topology = input.account?.topology
        if let account = input.account {
            if let match = account.match {
                evidence.append(.init(view: .account, fact: .servedBy(loadBalancer: match.loadBalancer.name, name: input.probe?.report.host ?? input.url, match: match.how), subjects: [.resource(.loadBalancer, stack: nil, id: match.loadBalancer.arn)]))
            } else if input.probe != nil {
                evidence.append(.init(view: .account, fact: .noLoadBalancer(source: account.source)))
            }
        }
        for address in failing {
            var found = Diagnosis.RootCause(address: address.address, tries: tries(address), probeFinding: probeFinding(on: address, in: probeFindings))
            if let account = input.account, let match = account.match, let interface = match.nodes[address.address], let topology {
                found.loadBalancer = match.loadBalancer.name
                found.networkInterface = interface.id
                found.subnet = interface.subnetId
                let subnet = topology.subnets.first { $0.id.name == interface.subnetId }
                found.availabilityZone = subnet?.availabilityZone.value
                if let subnet, case .known(let table) = topology.effectiveRouteTable(of: subnet) { found.routeTable = table.id.name }
                evidence.append(.init(view: .account, fact: .node(address: address.address, interface: interface.id, interfaceDescription: interface.description, loadBalancer: match.loadBalancer.name,
                                                                  subnet: interface.subnetId, availabilityZone: found.availabilityZone), subjects: [.resource(.networkInterface, stack: nil, id: interface.id)]))
                if let subnetID = interface.subnetId,
                   let accountFinding = accountFindings.first(where: { $0.subject.id(of: .subnet) == subnetID && $0.severity >= .warning }) {
                    found.accountFinding = accountFinding
                    evidence.append(.init(view: .account, fact: .quoting(accountFinding), subjects: [accountFinding.subject]))
                }
            }
            if cause == nil { cause = found }
        }
        // No failing address seen (or no probe): an account error on the load balancer is still the cause to fix.
        if cause == nil, let account = input.account, let finding = accountFindings.first(where: { $0.severity == .error && isAbout(account.match, $0) }) {
            cause = Diagnosis.RootCause(accountFinding: finding, subnet: finding.subject.id(of: .subnet))
            evidence.append(.init(view: .account, fact: .quoting(finding), subjects: [finding.subject]))
        }

        // Logs: what each node wrote, orphaned clients, TLS failures.
        if let logs = input.logs {
            let analysis = logs.analysis
            // The node each log file names, by its address (a name that is not one joins nothing).
            let activities = analysis.nodes.compactMap { activity in IPAddress(activity.node).map { (address: $0, activity: activity) } }
            var nodeAddresses = addresses.map(\.address)
            for interface in (input.account?.match).map({ Array($0.nodes.values) + $0.otherNodes }) ?? [] {
                for address in [interface.publicIp, interface.privateIpAddress].compactMap({ $0 }) where !nodeAddresses.contains(address) && activities.contains(where: { $0.address == address }) {
                    nodeAddresses.append(address)
                }
            }
            for address in nodeAddresses {
                let aliases = aliases(of: address, in: input.account?.match)
                if let activity = activities.first(where: { aliases.contains($0.address) })?.activity {
                    evidence.append(.init(view: .logs, fact: .nodeWrote(address: address, activity: activity, period: logs.period), subjects: [.address(address)]))
                } else if !analysis.nodes.isEmpty {
                    evidence.append(.init(view: .logs, fact: .nodeSilent(address: address, period: logs.period, writers: analysis.nodes.map(\.node), files: analysis.input.files), subjects: [.address(address)]))
                    if cause?.address == address, cause?.since == nil { cause?.since = .beforePeriod(start: logs.period.since) }
                }
            }
            let orphans = analysis.orphanRedirects
            if orphans.orphanClients > 0 {
                let first = orphans.clients.map(\.time).min()
                let last = orphans.clients.map(\.time).max()
                evidence.append(.init(view: .logs, fact: .clientsLost(lost: orphans.orphanClients, redirected: orphans.redirectedClients, windowSeconds: orphans.windowSeconds, first: first, last: last)))
                if cause != nil {
                    cause?.affectedClients = orphans.orphanClients
                    if let first { cause?.since = .firstLostClient(at: first) }
                }
            } else if orphans.redirectedClients > 0 {
                evidence.append(.init(view: .logs, fact: .clientsArrived(redirected: orphans.redirectedClients, windowSeconds: orphans.windowSeconds)))
                if cause != nil { cause?.affectedClients = 0 }
            }
            if analysis.tlsFailures.failures > 0 {
                let byCode = analysis.tlsFailures.byCode.sorted { $0.value > $1.value }.map { EvidenceFact.CodeCount(code: $0.key, count: $0.value) }
                evidence.append(.init(view: .logs, fact: .tlsFailures(failures: analysis.tlsFailures.failures, connections: analysis.tlsFailures.connections, byCode: byCode)))
            }
            for problem in analysis.input.problems.prefix(3) { evidence.append(.init(view: .logs, fact: .unreadableFile(problem: problem.text))) }
        }

        // Templates: the resource to change, for the same rule as the account's cause.
        var fix: Diagnosis.Fix?
        if let cause {
            let accountFix = accountFindings.first { finding in
                cause.rules.contains(finding.ruleID) && finding.fix != nil && (cause.subnet.map { finding.subject.id(of: .subnet) == $0 } ?? true)
            }
            let templateFinding = templateFindings.first { cause.rules.contains($0.ruleID) && $0.severity >= .warning }
                ?? templateFindings.first { $0.severity == .error }
            if let templateFinding {
                evidence.append(.init(view: .template, fact: .quoting(templateFinding), subjects: [templateFinding.subject]))
            }
            if accountFix != nil || templateFinding?.fix != nil {
                fix = Diagnosis.Fix(command: accountFix?.localizedFix, template: templateFinding?.localizedFix, templateLocation: templateFinding?.location?.description)
            }
        }

        let verdict: Diagnosis.Verdict
        if cause != nil {
            verdict = .broken
        } else if findings.contains(where: { $0.severity >= failOn }) || !failing.isEmpty {
            verdict = .unexplained
        } else {
            verdict = .healthy
        }
        return Diagnosis(
            url: input.url, verdict: verdict, rootCause: cause, evidence: evidence, fix: fix,
            views: views(input), checked: verdict == .healthy ? checked(input) : [], findings: findings)
    }

    /// The addresses a node is known by: itself, and its interface's other address.
    private static func aliases(of address: IPAddress, in match: LoadBalancerMatch?) -> Set<IPAddress> {
        var result: Set<IPAddress> = [address]
        for interface in (match.map { Array($0.nodes.values) + $0.otherNodes } ?? []) where interface.publicIp == address || interface.privateIpAddress == address {
            if let other = interface.publicIp { result.insert(other) }
            if let other = interface.privateIpAddress { result.insert(other) }
        }
        return result
    }

    private static func isAbout(_ match: LoadBalancerMatch?, _ finding: Finding) -> Bool {
        guard let match else { return true }
        let names = [match.loadBalancer.arn, match.loadBalancer.name]
        return ([finding.subject] + finding.related).contains { $0.id(of: .loadBalancer).map(names.contains) == true }
    }

    /// The probe's finding (warning or error) on that address.
    private static func probeFinding(on address: AddressReport, in findings: [Finding]) -> Finding? {
        findings.first { $0.subject == .address(address.address) && $0.severity >= .warning }
    }

    /// How often the address failed.
    private static func tries(_ address: AddressReport) -> EvidenceFact.Tries {
        EvidenceFact.Tries(failed: address.rounds.count - address.rounds.succeeded, total: address.rounds.count)
    }

    private static func views(_ input: DiagnosisInput) -> [Diagnosis.ViewStatus] {
        var views: [Diagnosis.ViewStatus] = []
        if let probe = input.probe {
            views.append(.init(view: .probe, used: true, summary: LocalizedText(ViewText.probeRead(
                addresses: probe.report.addresses.count, host: probe.report.host, resolvedBy: "\(probe.report.resolution.source)", tries: probe.report.rounds))))
        }
        if let account = input.account {
            views.append(.init(view: .account, used: true, summary: LocalizedText(ViewText.accountRead(
                source: account.source, loadBalancers: account.inventory.loadBalancers.count, subnets: account.inventory.subnets.count))))
        }
        if let logs = input.logs {
            let input = logs.analysis.input
            views.append(.init(view: .logs, used: true, summary: LocalizedText(ViewText.logsRead(
                files: input.files, source: logs.source, requests: input.accessEntries, connections: input.connectionEntries, period: logs.period))))
        }
        if let templates = input.templates {
            views.append(.init(view: .template, used: true, summary: templates.scope))
        }
        return (views + input.unavailable).sorted { Diagnosis.View.allCases.firstIndex(of: $0.view) ?? 0 < Diagnosis.View.allCases.firstIndex(of: $1.view) ?? 0 }
    }

    private static func checked(_ input: DiagnosisInput) -> [LocalizedText] {
        var checked: [ViewText] = []
        if let probe = input.probe {
            checked.append(.probeChecked(host: probe.report.host, addresses: probe.report.addresses.map(\.address.description), tries: probe.report.rounds))
        }
        if let account = input.account {
            checked.append(.accountChecked(loadBalancer: account.match?.loadBalancer.name, source: account.source))
        }
        if let logs = input.logs {
            checked.append(.logsChecked(tlsFailures: logs.analysis.tlsFailures.failures, period: logs.period))
        }
        if let templates = input.templates {
            checked.append(.templatesChecked(scope: templates.scope))
        }
        return checked.map { LocalizedText($0) }
    }
}
