public import Findings
internal import Localization

extension LogAnalysis {
    /// The findings a user acts on; the sections hold the detail.
    public var findings: [Finding] {
        var findings: [Finding] = []
        let orphans = orphanRedirects
        if orphans.orphanClients > 0 {
            let percent = Int((orphans.share * 100).rounded())
            let urls = Dictionary(grouping: orphans.clients.compactMap(\.redirectURL), by: { $0 }).max { $0.value.count < $1.value.count }?.key
            findings.append(LogFindingKinds.orphanRedirects.finding(
                message: LocalizedText(LogText.redirectedClientsNeverArrived(
                    orphans: orphans.orphanClients, redirected: orphans.redirectedClients, percent: percent, window: orphans.windowSeconds)),
                subject: urls.map(Subject.url) ?? .logs(.httpsRedirects),
                related: orphans.clients.prefix(5).map { .client($0.client) },
                evidence: Evidence([
                    Evidence.Item(key: "orphaned redirects", value: LocalizedText(LogText.redirectsOfAll(orphans: orphans.orphanRedirects, redirects: orphans.redirects))),
                    Evidence.Item(key: "first", value: orphans.clients.first?.time.description ?? "-"),
                    Evidence.Item(key: "last", value: orphans.clients.last?.time.description ?? "-"),
                    Evidence.Item(key: "busiest 5 minutes", value: orphans.perFiveMinutes.max { $0.count < $1.count }.map { "\($0.start) (\($0.count))" } ?? "-"),
                ])))
        }
        let tls = tlsFailures
        if tls.failures > 0 {
            let codes = tls.byCode.sorted { $0.value > $1.value }.prefix(3).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            findings.append(LogFindingKinds.tlsFailures.finding(
                message: LocalizedText(LogText.tlsConnectionsFailed(failures: tls.failures, connections: tls.connections, clients: tls.clients.count, codes: codes)),
                subject: tls.clients.first.map { .client($0.client) } ?? .logs(.tlsConnections),
                related: tls.clients.prefix(5).map { .client($0.client) },
                evidence: Evidence(tls.byNode.sorted { $0.key < $1.key }.map { Evidence.Item(label: LocalizedText(LogText.failuresOnNode($0.key)), value: String($0.value)) })))
        }
        if tls.connectionsWithoutRequest > 0 {
            findings.append(LogFindingKinds.noRequest.finding(
                message: LocalizedText(LogText.connectionsWithoutRequest(connections: tls.connectionsWithoutRequest, clients: tls.clientsWithoutRequest.count)),
                subject: tls.clientsWithoutRequest.first.map { .client($0.client) } ?? .logs(.connections),
                related: tls.clientsWithoutRequest.prefix(5).map { .client($0.client) }))
        }
        for problem in input.problems {
            findings.append(LogFindingKinds.partialFile.finding(
                message: LocalizedText(LogReadingText.readInPart(file: problem.file, reason: problem.problem)), subject: .file(problem.file)))
        }
        return findings
    }
}
